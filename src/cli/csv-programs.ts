/**
 * A publisher's spreadsheet row -> a catalog program (or a partial one, for
 * `merge`), with every problem named by its column. Pure: no files here.
 *
 * One column per catalog field (COLUMNS, documented in the README). A blank
 * cell means "not reported": the field is left out, never set to zero. The
 * cells are only converted here (numbers, yes/no, lists, dates); the catalog
 * schema itself then checks the program, and its issues are mapped back from
 * JSON paths to columns, so the CLI and the browser agree on what is valid.
 */
import { ProgramSchema, PROGRAM_FACTS, type Program, type ProgramFact } from '../catalog/schema.js';
import { issuesFromZod } from '../catalog/zod-issues.js';

type Kind = 'text' | 'number' | 'int' | 'boolean' | 'date' | 'lower' | 'upper' | 'list' | 'lowerList' | 'upperList' | 'zip';

export interface Column {
  name: string;
  /** Where the value goes in a program, e.g. `tuition.amount`. */
  path: string;
  kind: Kind;
  /** What to write, for the README's table. */
  doc: string;
  /** Must be filled on every row of `import csv` (not of a `merge` overlay). */
  required?: boolean;
}

/** The columns, in the order of the catalog's fields. Header names are matched ignoring case, spaces and hyphens. */
export const COLUMNS: readonly Column[] = [
  { name: 'id', path: 'id', kind: 'text', required: true, doc: 'stable id: letters, digits, `.`, `_`, `-`' },
  { name: 'name', path: 'name', kind: 'text', required: true, doc: "program name (English, or the only one)" },
  { name: 'name_es', path: 'name.es', kind: 'text', doc: 'program name in Spanish' },
  { name: 'school', path: 'institution.name', kind: 'text', required: true, doc: 'school name' },
  { name: 'ipeds_id', path: 'institution.ipedsId', kind: 'int', doc: 'IPEDS unit id (UNITID)' },
  { name: 'control', path: 'institution.control', kind: 'lower', doc: '`public`, `nonprofit` or `for-profit`' },
  { name: 'school_accredited', path: 'institution.accredited', kind: 'boolean', doc: 'institutionally accredited (yes/no)' },
  { name: 'city', path: 'location.city', kind: 'text', required: true, doc: 'city' },
  { name: 'state', path: 'location.state', kind: 'upper', required: true, doc: '2-letter state code' },
  { name: 'zip', path: 'location.zip', kind: 'zip', doc: '5-digit ZIP (a ZIP+4 is cut to 5)' },
  { name: 'lat', path: 'location.lat', kind: 'number', doc: 'latitude' },
  { name: 'lon', path: 'location.lon', kind: 'number', doc: 'longitude' },
  { name: 'delivery', path: 'delivery', kind: 'lower', doc: '`online`, `hybrid` or `campus`' },
  { name: 'credential', path: 'credential', kind: 'lower', required: true, doc: '`certificate`, `diploma`, `associate` or `bachelor`' },
  { name: 'months_min', path: 'lengthMonths.min', kind: 'number', required: true, doc: 'shortest typical length, months' },
  { name: 'months_max', path: 'lengthMonths.max', kind: 'number', required: true, doc: 'longest typical length, months' },
  { name: 'months_basis', path: 'lengthMonths.basis', kind: 'lower', doc: '`school` (the school says so) or `award-level`' },
  { name: 'tuition', path: 'tuition.amount', kind: 'number', doc: 'published tuition, a number (`14500` or `14,500`)' },
  { name: 'tuition_currency', path: 'tuition.currency', kind: 'upper', doc: 'currency code; blank with a tuition: `USD`' },
  { name: 'tuition_covers', path: 'tuition.covers', kind: 'lower', doc: '`program` or `year` (needed with a tuition)' },
  { name: 'tuition_note', path: 'tuition.note', kind: 'text', doc: 'what the price includes' },
  { name: 'tuition_note_es', path: 'tuition.note.es', kind: 'text', doc: 'the same in Spanish' },
  { name: 'accreditation', path: 'accreditation.body', kind: 'upper', doc: 'programmatic accreditor: `CAAHEP` or `ABHES`' },
  { name: 'accreditation_status', path: 'accreditation.status', kind: 'lower', doc: '`accredited`, `initial` or `probation` (needed with an accreditor)' },
  { name: 'contact_hours', path: 'contactHours', kind: 'int', doc: 'clock hours in total' },
  { name: 'externship_hours', path: 'externshipHours', kind: 'int', doc: 'clock hours of externship' },
  { name: 'schedule', path: 'schedule', kind: 'lowerList', doc: '`day`, `evening`, `weekend`, `part-time`, separated by `;`' },
  { name: 'languages', path: 'languages', kind: 'list', doc: 'language codes, e.g. `en;es`' },
  { name: 'outcomes_year', path: 'outcomes.year', kind: 'int', doc: 'year of the outcomes below' },
  { name: 'retention', path: 'outcomes.retention', kind: 'number', doc: 'retention, percent' },
  { name: 'exam_pass_rate', path: 'outcomes.examPassRate', kind: 'number', doc: 'certification exam pass rate, percent' },
  { name: 'placement', path: 'outcomes.placement', kind: 'number', doc: 'job placement, percent' },
  { name: 'online_states', path: 'onlineStates', kind: 'upperList', doc: 'online programs: states it accepts students from, e.g. `TX;OK`' },
  { name: 'url', path: 'url', kind: 'text', doc: "the program's page, `https://…`" },
  { name: 'sponsored', path: 'sponsored', kind: 'boolean', doc: 'a paid placement (yes/no)' },
  { name: 'verified', path: 'verified', kind: 'date', doc: 'when the row was checked, `YYYY-MM-DD` (else `--verified`)' },
];

const BY_NAME = new Map(COLUMNS.map((c) => [c.name, c]));
const BY_PATH = new Map(COLUMNS.map((c) => [c.path, c.name]));

/** One problem in one cell (or a whole row, when `column` is absent). */
export interface CellIssue {
  column?: string;
  message: string;
}

/** `Months Min`, `months-min`, ` MONTHS_MIN ` -> `months_min`. */
export const normalizeHeader = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/** The known column a misspelt header most likely meant, if one is close. */
export function closestColumn(name: string): string | undefined {
  const n = normalizeHeader(name);
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of COLUMNS) {
    const d = distance(n, c.name);
    if (d < bestD) [best, bestD] = [c.name, d];
  }
  if (best && bestD <= Math.max(2, Math.floor(best.length / 3))) return best;
  return COLUMNS.find((c) => n.length >= 3 && (c.name.startsWith(n) || n.startsWith(c.name)))?.name;
}

/**
 * Checks a header row. Returns the column name for each header cell (by
 * position), and an issue per unknown, repeated or (with `requireAll`) missing column.
 */
export function checkHeader(header: readonly string[], requireAll: boolean): { columns: (string | undefined)[]; issues: CellIssue[] } {
  const issues: CellIssue[] = [];
  const seen = new Set<string>();
  const columns = header.map((raw) => {
    const n = normalizeHeader(raw);
    if (!BY_NAME.has(n)) {
      if (!raw.trim()) issues.push({ message: 'a column has no name in the header row' });
      else {
        const hint = closestColumn(raw);
        issues.push({ column: raw.trim(), message: `unknown column${hint ? `; did you mean "${hint}"?` : ''} (the README lists the columns)` });
      }
      return undefined;
    }
    if (seen.has(n)) issues.push({ column: raw.trim(), message: 'this column appears twice' });
    seen.add(n);
    return n;
  });
  if (requireAll) {
    for (const c of COLUMNS) if (c.required && !seen.has(c.name) && !(c.name === 'verified')) issues.push({ column: c.name, message: 'missing column (required)' });
  }
  return { columns, issues };
}

const NUMBER = /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$|^[+-]?\.\d+$/;

function isRealDate(s: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** One cell's text -> its value, or the problem with it. */
function convert(kind: Kind, text: string): { value: unknown } | { error: string } {
  switch (kind) {
    case 'text':
      return { value: text };
    case 'lower':
      return { value: text.toLowerCase() };
    case 'upper':
      return { value: text.toUpperCase() };
    case 'number':
    case 'int': {
      if (!NUMBER.test(text)) return { error: /^\$/.test(text) ? 'must be a number, without a currency sign (the currency goes in tuition_currency)' : 'must be a number' };
      const n = Number(text.replace(/,/g, ''));
      if (kind === 'int' && !Number.isInteger(n)) return { error: 'must be a whole number' };
      return { value: n };
    }
    case 'boolean': {
      const t = text.toLowerCase();
      if (['yes', 'y', 'true', '1'].includes(t)) return { value: true };
      if (['no', 'n', 'false', '0'].includes(t)) return { value: false };
      return { error: 'must be yes or no' };
    }
    case 'date':
      return isRealDate(text) ? { value: text } : { error: 'must be a date as YYYY-MM-DD' };
    case 'zip': {
      const m = /^(\d{5})(-?\d{4})?$/.exec(text);
      if (m) return { value: m[1] };
      if (/^\d{3,4}$/.test(text)) return { error: 'expected a 5-digit ZIP code (a spreadsheet may have dropped its leading zeros: format the column as text)' };
      return { error: 'expected a 5-digit ZIP code' };
    }
    case 'list':
    case 'lowerList':
    case 'upperList': {
      const items = text.split(/[;,|]/).map((s) => s.trim()).filter(Boolean);
      return { value: items.map((s) => (kind === 'lowerList' ? s.toLowerCase() : kind === 'upperList' ? s.toUpperCase() : s)) };
    }
  }
}

type Obj = Record<string, unknown>;
function setPath(target: Obj, path: string, value: unknown) {
  const keys = path.split('.');
  let o = target;
  for (const k of keys.slice(0, -1)) {
    if (typeof o[k] === 'string') o[k] = { en: o[k] }; // name + name_es: { en, es }
    o = (o[k] ??= {}) as Obj;
  }
  o[keys[keys.length - 1]] = value;
}

/** The column a schema issue's path points at, e.g. `["tuition", "amount"]` -> `tuition`. */
export function columnForPath(path: readonly PropertyKey[]): string | undefined {
  const keys = path.filter((k) => typeof k === 'string') as string[];
  for (let n = keys.length; n > 0; n--) {
    const p = keys.slice(0, n).join('.');
    const col = BY_PATH.get(p) ?? (p.endsWith('.en') ? BY_PATH.get(p.slice(0, -3)) : undefined);
    if (col) return col;
  }
  // A whole object missing (`institution`): the column of its first part (`school`).
  const p = keys.join('.');
  return p ? COLUMNS.find((c) => c.path.startsWith(p + '.'))?.name : undefined;
}

/** The JSON-path form of an issue (`programs[3].tuition.amount` style) split into keys, then -> column or path text. */
const programIssues = (program: unknown) => {
  const r = ProgramSchema.safeParse(program, { reportInput: true });
  if (r.success) return [];
  return r.error.issues.map((i) => {
    const [issue] = issuesFromZod([i as never]);
    const path = i.code === 'unrecognized_keys' ? [...i.path, ...((i as { keys?: string[] }).keys ?? [])] : i.path;
    // A text left out says "expected text: …"; say plainly that it is missing.
    const message = i.code === 'custom' && (i as { input?: unknown }).input === undefined ? 'required' : issue.message;
    return { path, column: columnForPath(path), message };
  });
};

export interface RowResult<T> {
  value?: T;
  issues: CellIssue[];
}

/** The cells of one row (column name -> text) -> program fields, blank cells left out. */
export function cellsToFields(cells: Record<string, string>): { fields: Obj; issues: CellIssue[] } {
  const fields: Obj = {};
  const issues: CellIssue[] = [];
  for (const c of COLUMNS) {
    const text = cells[c.name]?.trim();
    if (!text) continue;
    if (text.includes('\uFFFD')) {
      // Excel's plain "CSV" is Windows-1252: "médico" would arrive as "m�dico". Refuse rather than lose it.
      issues.push({ column: c.name, message: 'not UTF-8 text: save the spreadsheet as "CSV UTF-8"' });
      continue;
    }
    const r = convert(c.kind, text);
    if ('error' in r) issues.push({ column: c.name, message: r.error });
    else setPath(fields, c.path, r.value);
  }
  // A currency is only ever implied for a stated tuition: a bare number in a U.S. catalog is dollars.
  const tuition = fields.tuition as Obj | undefined;
  if (tuition && tuition.currency === undefined) {
    fields.tuition = { amount: tuition.amount, currency: 'USD', ...tuition };
  }
  return { fields, issues };
}

/** The facts (PROGRAM_FACTS) a set of fields reports. */
export const factsOf = (fields: Obj): ProgramFact[] => PROGRAM_FACTS.filter((f) => fields[f] !== undefined);

/**
 * One row of `import csv` -> a complete program, with provenance for the
 * facts the row reports, or every problem with the row.
 */
export function rowToProgram(cells: Record<string, string>, opts: { source: string; verified?: string }): RowResult<Program> {
  const { fields, issues } = cellsToFields(cells);
  const bad = new Set(issues.map((i) => i.column));
  for (const c of COLUMNS) {
    if (!c.required || cells[c.name]?.trim()) continue;
    if (c.name === 'verified') continue;
    issues.push({ column: c.name, message: 'required: this cell must not be blank' });
    bad.add(c.name);
  }
  if (fields.verified === undefined && !bad.has('verified')) {
    if (opts.verified) fields.verified = opts.verified;
    else {
      issues.push({ column: 'verified', message: 'required: the date the row was checked (YYYY-MM-DD), or give --verified' });
      bad.add('verified');
    }
  }
  const checked = fields.verified as string | undefined;
  const facts = factsOf(fields);
  if (facts.length) fields.provenance = [{ source: opts.source, fields: facts, ...(checked ? { checked } : {}) }];
  for (const i of programIssues(fields)) {
    // A cell already reported (blank where required, not a number…) is not reported twice.
    if (i.column && bad.has(i.column)) continue;
    if (i.column && /^required/.test(i.message)) {
      // Blank where a filled cell of the same field needs it (a tuition_covers without a tuition).
      const top = COLUMNS.find((c) => c.name === i.column)!.path.split('.')[0];
      const filled = COLUMNS.filter((c) => c.path.split('.')[0] === top && cells[c.name]?.trim()).map((c) => c.name);
      const allowed = /^required: (.*)$/.exec(i.message)?.[1];
      if (filled.length) i.message = `required when ${filled.join(' and ')} ${filled.length > 1 ? 'are' : 'is'} filled${allowed ? `: ${allowed}` : ''}`;
    }
    issues.push(i.column ? { column: i.column, message: i.message } : { message: `${i.path.join('.') || 'program'}: ${i.message}` });
  }
  // In the order of the columns, as a person reads the row.
  const at = (i: CellIssue) => (i.column ? COLUMNS.findIndex((c) => c.name === i.column) : -1);
  issues.sort((a, b) => at(a) - at(b));
  return issues.length ? { issues } : { value: fields as Program, issues };
}

/** Schema issues of a program, with the column each points at when there is one (merge uses it). */
export { programIssues };
