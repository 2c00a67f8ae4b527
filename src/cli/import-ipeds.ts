/// <reference types="node" />
/**
 * `ma-catalog import ipeds --directory HD.csv --completions C_A.csv [--completions OLDER.csv ...]
 *  [--cip 51.0801] [--year 2023-24 ...] [--verified YYYY-MM-DD] [--out FILE]`
 *
 * Streams the NCES files as published (through csv.ts) and writes a catalog:
 * one program per open institution and award level that reported the CIP
 * code as a first major (MAJORNUM 1) in the newest completions file. Older
 * completions files add their year's graduates. The output depends on the
 * files and options only (never the clock), so two runs give the same bytes.
 * The report goes to stderr.
 */
import { basename } from 'node:path';
import type { Catalog, Control, Program } from '../catalog/schema.js';
import { CatalogError, formatIssues } from '../catalog/errors.js';
import { validateCatalog } from '../catalog/validate.js';
import { readCsv } from './csv.js';
import { CliError, parseArgs, catalogJson, writeOutput, type ExitCode, type Io } from './io.js';
import {
  AWARD_LEVEL_ORDER,
  AWARD_LEVELS,
  CIP_TITLES,
  COMPLETIONS_COLUMNS,
  CONTROL,
  DIRECTORY_COLUMNS,
  OTHER_AWARD_LEVELS,
  awardYearEnd,
  awardYearFromFileName,
  isOpen,
  normalizeCip,
  sourceId,
  toProgram,
  type DirectoryRow,
} from './ipeds.js';

export const IMPORT_IPEDS_USAGE =
  'import ipeds --directory HD.csv --completions C_A.csv [--completions OLDER.csv ...] [--cip 51.0801] [--year 2023-24 ...] [--verified YYYY-MM-DD] [--out FILE]';

const LICENSE = {
  en: 'Public domain: a U.S. Government work (U.S. Department of Education, National Center for Education Statistics)',
  es: 'Dominio público: obra del Gobierno de EE. UU. (Departamento de Educación, Centro Nacional de Estadísticas Educativas)',
};

const n = (x: number) => x.toLocaleString('en-US');
const fileTag = (file: string) => basename(file).replace(/\.csv$/i, '').toUpperCase();

interface CompletionsFile {
  file: string;
  year: string;
}

/** Per program key `UNITID|AWLEVEL`, graduates per award year. */
type Awards = Map<string, Map<string, number>>;

export interface IpedsImportResult {
  catalog: Catalog;
  report: string;
}

export interface IpedsImportOptions {
  directory: string;
  completions: string[];
  years?: string[];
  cip?: string;
  verified?: string;
}

/** Which award year each completions file covers, newest first; exit 2 when that cannot be told. */
function yearsOf(files: string[], years: string[]): CompletionsFile[] {
  if (years.length && years.length !== files.length) {
    throw new CliError(2, [`--year: give one per --completions file (${files.length} file(s), ${years.length} year(s)), or none and let the file names say`]);
  }
  const list = files.map((file, i) => {
    const year = years[i] ?? awardYearFromFileName(file);
    if (!year) throw new CliError(2, [`${file}: cannot tell the award year from the file name (expected cYYYY_a…); give --year 2023-24`]);
    const m = /^(\d{4})-(\d{2})$/.exec(year);
    if (!m || (Number(m[1]) + 1) % 100 !== Number(m[2])) throw new CliError(2, [`--year ${year}: expected an award year such as 2023-24`]);
    return { file, year };
  });
  const seen = new Set<string>();
  for (const c of list) {
    if (seen.has(c.year)) throw new CliError(2, [`${c.file}: a second completions file for ${c.year}`]);
    seen.add(c.year);
  }
  return list.sort((a, b) => (a.year < b.year ? 1 : -1));
}

const wholeNumber = (file: string, line: number, column: string, raw: string) => {
  const s = raw.trim();
  if (!/^\d+$/.test(s)) throw new CliError(1, [`${file}:${line}:${column}: expected a whole number, got "${raw}"`]);
  return Number(s);
};

/** Reads the files and builds the catalog and the report (no output written). */
export async function importIpeds(opts: IpedsImportOptions): Promise<IpedsImportResult> {
  const cip = normalizeCip(opts.cip ?? '51.0801');
  if (!/^\d{2}\.\d{4}$/.test(cip)) throw new CliError(2, [`--cip ${opts.cip}: expected a CIP code such as 51.0801`]);
  if (!opts.completions.length) throw new CliError(2, ['import ipeds: give at least one --completions FILE']);
  const files = yearsOf(opts.completions, opts.years ?? []);
  const newest = files[0];
  const verified = opts.verified ?? awardYearEnd(newest.year);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(verified) || Number.isNaN(Date.parse(verified))) throw new CliError(2, [`--verified ${verified}: expected a date as YYYY-MM-DD`]);

  // 1. The directory: only the columns used, for every institution (about 6,000 rows).
  const directory = new Map<string, DirectoryRow>();
  let directoryRows = 0;
  await readCsv(
    opts.directory,
    ({ values, line }) => {
      directoryRows++;
      const row = Object.fromEntries(DIRECTORY_COLUMNS.map((c) => [c, values[c] ?? ''])) as DirectoryRow;
      const id = row.UNITID.trim();
      wholeNumber(opts.directory, line, 'UNITID', id);
      directory.set(id, row);
    },
    { required: DIRECTORY_COLUMNS, upperCase: true },
  );

  // 2. Completions, one file at a time, streaming: only the matching rows are kept.
  const awards: Awards = new Map();
  const rowsRead: Record<string, number> = {};
  for (const { file, year } of files) {
    let rows = 0;
    await readCsv(
      file,
      ({ values, line }) => {
        rows++;
        if (values.MAJORNUM.trim() !== '1' || normalizeCip(values.CIPCODE) !== cip) return;
        const key = `${wholeNumber(file, line, 'UNITID', values.UNITID)}|${values.AWLEVEL.trim()}`;
        const count = wholeNumber(file, line, 'CTOTALT', values.CTOTALT);
        let perYear = awards.get(key);
        if (!perYear) awards.set(key, (perYear = new Map()));
        // One row per institution, CIP code, major and award level; a repeated row adds up.
        perYear.set(year, (perYear.get(year) ?? 0) + count);
      },
      { required: COMPLETIONS_COLUMNS, upperCase: true },
    );
    rowsRead[file] = rows;
  }

  // 3. Programs from the newest year's rows.
  const matched = { rows: 0, institutions: new Set<string>(), states: new Set<string>(), awards: 0 };
  const closed = { rows: 0, institutions: new Set<string>(), awards: 0 };
  const notInDirectory = { rows: 0, awards: 0 };
  const otherLevel = new Map<string, number>();
  const programs: Program[] = [];
  const keys = [...awards.keys()]
    .filter((k) => awards.get(k)!.has(newest.year))
    .map((k) => k.split('|') as [string, string])
    .sort(([ua, la], [ub, lb]) => Number(ua) - Number(ub) || rank(la) - rank(lb));
  for (const [unitId, awLevel] of keys) {
    const perYear = awards.get(`${unitId}|${awLevel}`)!;
    const count = perYear.get(newest.year)!;
    const d = directory.get(unitId);
    matched.rows++;
    matched.awards += count;
    matched.institutions.add(unitId);
    if (!d) {
      notInDirectory.rows++;
      notInDirectory.awards += count;
      continue;
    }
    matched.states.add(d.STABBR.trim());
    if (!isOpen(d)) {
      closed.rows++;
      closed.institutions.add(unitId);
      closed.awards += count;
      continue;
    }
    if (!AWARD_LEVELS[awLevel]) {
      otherLevel.set(awLevel, (otherLevel.get(awLevel) ?? 0) + 1);
      continue;
    }
    const completions = files.filter((f) => perYear.has(f.year)).map((f) => ({ year: f.year, awards: perYear.get(f.year)! }));
    programs.push(toProgram({ unitId, awLevel, cip, directory: d, completions, verified }));
  }

  const title = CIP_TITLES[cip] ?? { en: `CIP ${cip}`, es: `CIP ${cip}` };
  const provisional = (file: string) => (/_rv(\.|_|$)/i.test(basename(file)) ? 'revised' : 'provisional');
  const catalog: Catalog = {
    catalogVersion: 1,
    meta: {
      title: {
        en: `${title.en} programs (CIP ${cip}) in IPEDS ${newest.year}`,
        es: `Programas de ${title.es} (CIP ${cip}) en IPEDS ${newest.year}`,
      },
      description: {
        en: `Every open institution that reported CIP ${cip} as a first major in its completions (with or without graduates that year), one program per award level, from the NCES IPEDS directory and completions files. IPEDS does not report delivery, tuition, programmatic accreditation, schedule or languages: they are absent here.`,
        es: `Cada institución abierta que declaró CIP ${cip} como especialidad principal en sus títulos otorgados (con o sin titulados ese año), un programa por nivel de título, según los archivos de directorio y de títulos otorgados de IPEDS (NCES). IPEDS no informa la modalidad, la matrícula, la acreditación del programa, el horario ni los idiomas: aquí no constan.`,
      },
      updated: verified,
      locales: ['en', 'es'],
      sources: files.map(({ file, year }, i) => ({
        id: sourceId(year),
        name:
          i === 0
            ? `NCES IPEDS: institutional directory ${fileTag(opts.directory)} and completions ${fileTag(file)}`
            : `NCES IPEDS: completions ${fileTag(file)}`,
        url: 'https://nces.ed.gov/ipeds/datacenter/DataFiles.aspx',
        vintage: `${year}, ${provisional(file)}`,
        license: LICENSE,
      })),
    },
    programs,
  };
  try {
    validateCatalog(structuredClone(catalog), 'import ipeds');
  } catch (e) {
    // A file value the mapping let through that the schema refuses (a bug here, or an odd file): say which.
    if (e instanceof CatalogError) throw new CliError(1, ['import ipeds: the catalog made from these files does not validate:', ...formatIssues(e.issues)]);
    throw e;
  }

  // 4. The report.
  const institutions = new Set(programs.map((p) => p.institution.ipedsId));
  const states = new Set(programs.map((p) => p.location.state));
  const total = programs.reduce((s, p) => s + p.completions![0].awards, 0);
  const perLevel = AWARD_LEVEL_ORDER.map((l) => [l, programs.filter((p) => p.id.endsWith(`-${l}`)).length] as const).filter(([, c]) => c);
  const perControl = (c: Control | undefined) => programs.filter((p) => p.institution.control === c).length;
  const other = [...otherLevel].sort(([a], [b]) => Number(a) - Number(b));
  const lines = [
    `ma-catalog import ipeds: CIP ${cip} (${title.en}), first majors, award year ${newest.year}`,
    `  rows read: ${[opts.directory, ...files.map((f) => f.file)].map((f) => `${n(f === opts.directory ? directoryRows : rowsRead[f])} in ${basename(f)}`).join(', ')}`,
    `  rows for CIP ${cip} in ${basename(newest.file)}: ${n(matched.rows)} at ${n(matched.institutions.size)} institutions in ${n(matched.states.size)} states and territories, ${n(matched.awards)} awards`,
    `  left out as closed (CYACTIVE not 1 or CLOSEDAT set): ${n(closed.rows)} rows at ${n(closed.institutions.size)} institutions, ${n(closed.awards)} awards`,
    `  left out, award level with no catalog credential: ${n(other.reduce((s, [, c]) => s + c, 0))}${other.length ? ` (${other.map(([l, c]) => `${l} ${OTHER_AWARD_LEVELS[l] ?? 'other'}: ${c}`).join('; ')})` : ''}`,
    `  left out, institution not in the directory: ${n(notInDirectory.rows)}`,
    `  programs: ${n(programs.length)} at ${n(institutions.size)} institutions in ${n(states.size)} states and territories, ${n(total)} awards in ${newest.year}`,
    `  with 0 graduates in ${newest.year}: ${n(programs.filter((p) => p.completions![0].awards === 0).length)}`,
    ...(files.length > 1 ? [`  with graduates reported for every year given (${files.map((f) => f.year).join(', ')}): ${n(programs.filter((p) => p.completions!.length === files.length).length)}`] : []),
    `  per award level: ${perLevel.map(([l, c]) => `${l} ${AWARD_LEVELS[l].en}: ${n(c)}`).join('; ')}`,
    `  per school type: ${Object.values(CONTROL).map((c) => `${c} ${n(perControl(c))}`).join(', ')}, not reported ${n(perControl(undefined))}`,
    `  without a usable web address (no link): ${n(programs.filter((p) => !p.url).length)}`,
    `  verified date: ${verified}${opts.verified ? ' (--verified)' : ` (end of award year ${newest.year}; give --verified for the day you downloaded the files)`}`,
  ];
  return { catalog, report: lines.join('\n') + '\n' };
}

const rank = (level: string) => {
  const i = AWARD_LEVEL_ORDER.indexOf(level);
  return i < 0 ? 100 + Number(level) : i;
};

export async function importIpedsCommand(args: string[], io: Io): Promise<ExitCode> {
  const { positional, values } = parseArgs(args, { directory: 'value', completions: 'values', cip: 'value', year: 'values', verified: 'value', out: 'value' });
  if (positional.length) throw new CliError(2, [`import ipeds: unexpected argument "${positional[0]}"`, `Usage: ma-catalog ${IMPORT_IPEDS_USAGE}`]);
  const directory = values.directory as string | undefined;
  const completions = (values.completions as string[] | undefined) ?? [];
  if (!directory || !completions.length) throw new CliError(2, ['import ipeds: give --directory and at least one --completions', `Usage: ma-catalog ${IMPORT_IPEDS_USAGE}`]);
  const { catalog, report } = await importIpeds({
    directory,
    completions,
    years: values.year as string[] | undefined,
    cip: values.cip as string | undefined,
    verified: values.verified as string | undefined,
  });
  writeOutput(io, await catalogJson(catalog), values.out as string | undefined);
  io.err(report);
  return 0;
}
