/**
 * IPEDS to catalog: the pure mapping from one institution's directory row
 * (HDyyyy) and its completions rows (Cyyyy_A) to a catalog Program. No files,
 * no clock: import-ipeds.ts streams the files and calls these.
 *
 * Nothing IPEDS does not hold is filled in: delivery, tuition, programmatic
 * accreditation, schedule and languages stay absent ("not reported").
 */
import type { Control, Credential, Program, ProgramFact } from '../catalog/schema.js';

/** Directory columns the importer reads (found by name; others are ignored). */
export const DIRECTORY_COLUMNS = ['UNITID', 'INSTNM', 'CITY', 'STABBR', 'ZIP', 'WEBADDR', 'LATITUDE', 'LONGITUD', 'CONTROL', 'OPEFLAG', 'CYACTIVE', 'CLOSEDAT'] as const;
/** Completions columns the importer reads. */
export const COMPLETIONS_COLUMNS = ['UNITID', 'CIPCODE', 'MAJORNUM', 'AWLEVEL', 'CTOTALT'] as const;

export type DirectoryRow = Record<(typeof DIRECTORY_COLUMNS)[number], string>;

export interface AwardLevel {
  credential: Credential;
  /** The length band the award level itself defines, in months. */
  min: number;
  max: number;
  en: string;
  es: string;
}

/**
 * IPEDS award levels (AWLEVEL) that have a catalog credential, in the order a
 * student reads them (shortest first). IPEDS does not tell a diploma from a
 * certificate, so every sub-degree award is a "certificate". The bands are
 * the levels' own definitions in full-time-equivalent time (12 weeks is
 * about 3 months; associate degrees "at least 2 but less than 4 years";
 * bachelor's "at least 4 but not more than 5").
 * Levels 6 (postbaccalaureate certificate), 7 (master's) and above have no
 * catalog credential: they are left out and counted in the report.
 */
export const AWARD_LEVELS: Record<string, AwardLevel> = {
  '20': { credential: 'certificate', min: 0, max: 3, en: 'certificate, under 12 weeks', es: 'certificado de menos de 12 semanas' },
  '21': { credential: 'certificate', min: 3, max: 12, en: 'certificate, 12 weeks to under 1 year', es: 'certificado de 12 semanas a menos de 1 año' },
  '2': { credential: 'certificate', min: 12, max: 24, en: 'certificate, 1 to under 2 years', es: 'certificado de 1 a menos de 2 años' },
  '4': { credential: 'certificate', min: 24, max: 48, en: 'certificate, 2 to under 4 years', es: 'certificado de 2 a menos de 4 años' },
  '3': { credential: 'associate', min: 24, max: 48, en: 'associate degree', es: 'título de asociado' },
  '5': { credential: 'bachelor', min: 48, max: 60, en: "bachelor's degree", es: 'licenciatura' },
};
/** Shortest first (object keys that look like numbers would iterate in numeric order). */
export const AWARD_LEVEL_ORDER = ['20', '21', '2', '4', '3', '5'];

/** Names of the levels without a catalog credential, for the report. */
export const OTHER_AWARD_LEVELS: Record<string, string> = {
  '1': 'certificate under 1 year (before 2020-21)',
  '6': 'postbaccalaureate certificate',
  '7': "master's degree",
  '8': 'post-master’s certificate',
  '17': 'doctor’s degree, research/scholarship',
  '18': 'doctor’s degree, professional practice',
  '19': 'doctor’s degree, other',
};

/** CIP titles for the codes a medical assisting catalog and its career explorer use; others are named by code. */
export const CIP_TITLES: Record<string, { en: string; es: string }> = {
  '51.0801': { en: 'Medical/Clinical Assistant', es: 'Asistente médico/clínico' },
  '51.0601': { en: 'Dental Assisting/Assistant', es: 'Asistente dental' },
  '51.3902': { en: 'Nursing Assistant/Aide and Patient Care Assistant/Aide', es: 'Auxiliar de enfermería y de atención al paciente' },
  '51.2602': { en: 'Home Health Aide/Home Attendant', es: 'Auxiliar de salud en el hogar' },
  '51.3901': { en: 'Licensed Practical/Vocational Nurse Training', es: 'Formación de enfermería práctica o vocacional con licencia' },
  '51.3801': { en: 'Registered Nursing/Registered Nurse', es: 'Enfermería registrada' },
  '51.0912': { en: 'Physician Assistant', es: 'Asistente médico (Physician Assistant)' },
  '51.0701': { en: 'Health/Health Care Administration/Management', es: 'Administración de servicios de salud' },
  '51.0716': { en: 'Medical Administrative/Executive Assistant and Medical Secretary', es: 'Asistente administrativo médico y secretariado médico' },
  '51.0713': { en: 'Medical Insurance Coding Specialist/Coder', es: 'Especialista en codificación médica' },
  '51.0707': { en: 'Health Information/Medical Records Technology/Technician', es: 'Técnico en información de salud y registros médicos' },
  '51.1009': { en: 'Phlebotomy Technician/Phlebotomist', es: 'Técnico en flebotomía' },
};

/** "51.0801", also when a file writes "51.08010" or drops a leading zero ("1.0101" for "01.0101"). */
export function normalizeCip(code: string): string {
  const m = /^\s*(\d{1,2})\.(\d{1,4})\d*\s*$/.exec(code);
  return m ? `${m[1].padStart(2, '0')}.${m[2].padEnd(4, '0')}` : code.trim();
}

export const CONTROL: Record<string, Control> = { '1': 'public', '2': 'nonprofit', '3': 'for-profit' };

/** Still open: CYACTIVE 1 (active in the current year) and CLOSEDAT -2 (no closing date). */
export const isOpen = (d: Pick<DirectoryRow, 'CYACTIVE' | 'CLOSEDAT'>) => d.CYACTIVE.trim() === '1' && d.CLOSEDAT.trim() === '-2';

/** A home page as an https:// URL, or undefined when the field holds nothing usable ("", "-2", a bare word). */
export function webUrl(raw: string): string | undefined {
  const s = raw.trim().replace(/\s+/g, '');
  if (!s || /^-\d$/.test(s)) return undefined;
  // http:// becomes https://; another scheme (mailto:, ftp:) is not a home page.
  const scheme = /^https?:\/\//i.exec(s);
  if (!scheme && /^[a-z][a-z0-9+.-]*:/i.test(s) && !/^[^:]+:\d/.test(s)) return undefined;
  const withScheme = 'https://' + (scheme ? s.slice(scheme[0].length) : s.replace(/^\/+/, ''));
  try {
    const u = new URL(withScheme);
    // A host name with a dot and a known-looking top-level label.
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(u.hostname)) return undefined;
    return withScheme;
  } catch {
    return undefined;
  }
}

/** The first five digits of "12345", "12345-6789" or "123456789"; undefined otherwise. */
export function zip5(raw: string): string | undefined {
  const s = raw.trim();
  const m = /^(\d{5})(?:-?\d{4})?$/.exec(s);
  return m ? m[1] : undefined;
}

/** A coordinate within range, or undefined (empty, "-2", not a number). */
export function coordinate(raw: string, limit: number): number | undefined {
  const s = raw.trim();
  if (!s || !/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  // 0 is a placeholder, not a place a U.S. school stands.
  return Math.abs(n) <= limit && n !== 0 ? n : undefined;
}

/** "c2024_a.csv", "C2024_A_CIP51.csv" -> "2023-24" (the file covers July 2023 to June 2024); undefined when the name says no year. */
export function awardYearFromFileName(file: string): string | undefined {
  const base = file.split(/[\\/]/).pop() ?? '';
  const m = /^c(\d{4})_a(?:[_.-]|$)/i.exec(base);
  if (!m) return undefined;
  const end = Number(m[1]);
  return `${end - 1}-${String(end % 100).padStart(2, '0')}`;
}

/** The last day of an award year ("2023-24" -> "2024-06-30"): the date the figures describe. */
export const awardYearEnd = (year: string) => `${Number(year.slice(0, 4)) + 1}-06-30`;

/** A source id for an award year's files, e.g. "ipeds-2023-24". */
export const sourceId = (year: string) => `ipeds-${year}`;

export interface ProgramInput {
  unitId: string;
  awLevel: string;
  cip: string;
  directory: DirectoryRow;
  /** Graduates per award year, newest first (only the years whose file has a row for this program). */
  completions: { year: string; awards: number }[];
  verified: string;
}

/**
 * One catalog program. The caller has checked that the institution is open
 * and that the award level is one of AWARD_LEVELS.
 */
export function toProgram({ unitId, awLevel, cip, directory: d, completions, verified }: ProgramInput): Program {
  const level = AWARD_LEVELS[awLevel];
  const title = CIP_TITLES[cip] ?? { en: `CIP ${cip}`, es: `CIP ${cip}` };
  const location: Program['location'] = { city: d.CITY.trim(), state: d.STABBR.trim().toUpperCase() };
  const zip = zip5(d.ZIP);
  if (zip) location.zip = zip;
  const lat = coordinate(d.LATITUDE, 90);
  const lon = coordinate(d.LONGITUD, 180);
  if (lat !== undefined && lon !== undefined) Object.assign(location, { lat, lon });
  const institution: Program['institution'] = { name: d.INSTNM.trim(), ipedsId: Number(unitId) };
  // Title IV participation requires institutional accreditation by a recognized agency (see README);
  // any other OPEFLAG says nothing either way, so the field stays absent.
  if (d.OPEFLAG.trim() === '1') institution.accredited = true;
  const control = CONTROL[d.CONTROL.trim()];
  if (control) institution.control = control;
  const url = webUrl(d.WEBADDR);
  const [newest, ...older] = completions;
  const fields: ProgramFact[] = ['name', 'institution', 'location', 'credential', 'lengthMonths', 'completions'];
  if (url) fields.push('url');
  const program: Program = {
    id: `ipeds-${unitId}-${awLevel}`,
    name: { en: `${title.en}: ${level.en}`, es: `${title.es}: ${level.es}` },
    institution,
    location,
    credential: level.credential,
    lengthMonths: { min: level.min, max: level.max, basis: 'award-level' },
    completions,
    ...(url ? { url } : {}),
    verified,
    provenance: [
      { source: sourceId(newest.year), fields },
      ...older.map((c) => ({ source: sourceId(c.year), fields: ['completions'] as ProgramFact[] })),
    ],
  };
  return program;
}
