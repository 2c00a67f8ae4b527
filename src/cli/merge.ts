/// <reference types="node" />
/**
 * `ma-catalog merge BASE.json OVERLAY.(csv|json)... [--out FILE]`: what a
 * publisher knows (tuition, delivery, accreditation, the program's page…)
 * laid over an imported base, with a provenance entry per source.
 *
 * `mergeCatalog` is the pure part (catalog + overlays -> catalog + report);
 * the command reads the files and prints the report on stderr.
 *
 * Matching: an overlay entry's `id`, else its IPEDS unit id plus credential
 * (only when exactly one program has both). Ids never change. An entry that
 * matches nothing is added as a new program when it is a complete one (with
 * an id), else reported and left out.
 */
import { basename, extname } from 'node:path';
import { CatalogSchema, PROGRAM_FACTS, ProgramSchema, SourceSchema, type Catalog, type Program, type ProgramFact, type Source } from '../catalog/schema.js';
import { CatalogError } from '../catalog/errors.js';
import { issuesFromZod } from '../catalog/zod-issues.js';
import { parseCatalogText, parseJson, validateCatalog } from '../catalog/validate.js';
import { cellsToFields, columnForPath, programIssues } from './csv-programs.js';
import { cellLine, checkOptions, readProgramCsv } from './import-csv.js';
import { CliError, parseArgs, readText, catalogJson, writeOutput, type ExitCode, type Io } from './io.js';

type Obj = Record<string, unknown>;

/** One entry of an overlay: the fields it states, where it came from, and how to name a problem in it. */
export interface OverlayEntry {
  /** `file:row` (CSV) or `file: programs[3]` (JSON), for the report. */
  where: string;
  /** Program fields, in catalog form; only what the overlay states. */
  fields: Obj;
  /** When the overlay's source checked these facts. */
  checked?: string;
  /** Problems found before merging (a cell that is not a number…). */
  issues: string[];
  /** Names a schema problem at a program path, in the overlay's own terms (a column, or a JSON path). */
  locate: (path: readonly PropertyKey[], message: string) => string;
}

export interface Overlay {
  file: string;
  source: Source;
  /** The source id was made from the file name (not given): on a clash it gets a suffix instead of an error. */
  derivedId?: boolean;
  entries: OverlayEntry[];
}

export interface OverlayReport {
  file: string;
  entries: number;
  byId: number;
  byIpeds: number;
  added: string[];
  /** `where: why` for each entry that matched nothing (or more than one program). */
  unmatched: string[];
  /** Programs whose fact the overlay changed, by fact. */
  changed: Partial<Record<ProgramFact, number>>;
  /** Facts the overlay stated with the value the base already had. */
  unchanged: number;
}

export interface MergeResult {
  catalog: Catalog;
  reports: OverlayReport[];
  /** Invalid overlay values, as `file:row:column: message` or `file: path: message`: the merge is refused. */
  issues: string[];
}

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const deepEqual = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** Keys of a program in the schema's order, so merged output reads like any catalog. */
const PROGRAM_KEYS = Object.keys(ProgramSchema.shape);
const ordered = (p: Obj): Obj => Object.fromEntries([...PROGRAM_KEYS.filter((k) => p[k] !== undefined).map((k) => [k, p[k]])]);
const texts = (v: unknown): Obj => (typeof v === 'string' ? { en: v } : isObj(v) ? v : {});

/** A text laid over a text: a plain string replaces; `{ es: … }` adds or replaces that language only. */
function mergeText(base: unknown, over: unknown) {
  return typeof over === 'string' || base === undefined ? over : { ...texts(base), ...(over as Obj) };
}

/** Facts whose parts an overlay may state one by one (a ZIP alone, a tuition amount alone). */
const PARTWISE = new Set(['institution', 'location', 'tuition', 'accreditation', 'outcomes']);
const TEXT_PARTS = new Set(['name', 'note']);

function layOver(base: Program, fields: Obj): Obj {
  const out: Obj = { ...base };
  for (const [k, v] of Object.entries(fields)) {
    if (k === 'id' || k === 'provenance') continue;
    if (k === 'name') out.name = mergeText(base.name, v);
    else if (PARTWISE.has(k) && isObj(v) && isObj(out[k])) {
      const merged: Obj = { ...(out[k] as Obj) };
      for (const [sub, sv] of Object.entries(v)) merged[sub] = TEXT_PARTS.has(sub) ? mergeText(merged[sub], sv) : sv;
      out[k] = merged;
    } else out[k] = v; // lengthMonths (with its basis), lists, plain values: replaced whole
  }
  return out;
}

/**
 * The program's provenance after `source` (checked `checked`) stated `facts`.
 * A fact the overlay states in full is its alone (other sources no longer
 * vouch for it, unless the value did not change); a fact it states in part
 * (a ZIP of the location) keeps its earlier sources too.
 */
function attribute(base: Program, merged: Obj, fields: Obj, facts: ProgramFact[], source: string, checked?: string): Program['provenance'] {
  const entries = (base.provenance ?? []).map((e) => ({ ...e, fields: [...e.fields] }));
  for (const f of facts) {
    const whole = deepEqual(merged[f], fields[f]);
    const changed = !deepEqual(base[f as keyof Program], merged[f]);
    for (const e of entries) {
      if ((whole && changed) || e.source === source) e.fields = e.fields.filter((x) => x !== f);
    }
  }
  let own = entries.find((e) => e.source === source && e.checked === checked);
  if (!own) {
    own = { source, fields: [], ...(checked ? { checked } : {}) };
    entries.push(own);
  }
  own.fields = PROGRAM_FACTS.filter((f) => own!.fields.includes(f) || facts.includes(f));
  return entries.filter((e) => e.fields.length);
}

/** Lays each overlay over `base`, in order. Pure; the same inputs give the same output. */
export function mergeCatalog(base: Catalog, overlays: readonly Overlay[]): MergeResult {
  const programs: Program[] = base.programs.map((p) => ({ ...p }));
  const byId = new Map(programs.map((p, i) => [p.id, i]));
  // IPEDS unit id + credential -> the programs that have both (a school may have two certificate levels).
  const byUnit = new Map<string, number[]>();
  const unitKey = (ipedsId: unknown, credential: unknown) => `${ipedsId}|${credential}`;
  const index = (p: Program, i: number) => {
    if (p.institution.ipedsId === undefined) return;
    const k = unitKey(p.institution.ipedsId, p.credential);
    const list = byUnit.get(k);
    if (list) list.push(i);
    else byUnit.set(k, [i]);
  };
  programs.forEach(index);
  const sources: Source[] = [...base.meta.sources];
  const issues: string[] = [];
  const reports: OverlayReport[] = [];
  let updated = base.meta.updated;

  for (const given of overlays) {
    let overlay = given;
    for (let n = 2; overlay.derivedId && sources.some((s) => s.id === overlay.source.id); n++) {
      overlay = { ...given, source: { ...given.source, id: `${given.source.id}-${n}` } };
    }
    const have = sources.find((s) => s.id === overlay.source.id);
    if (have && !deepEqual(have, overlay.source)) {
      issues.push(`${overlay.file}: its source id "${overlay.source.id}" is already used by another source in the base; give it another id`);
      continue;
    }
    if (!have) sources.push(overlay.source);
    const report: OverlayReport = { file: overlay.file, entries: overlay.entries.length, byId: 0, byIpeds: 0, added: [], unmatched: [], changed: {}, unchanged: 0 };
    reports.push(report);

    for (const entry of overlay.entries) {
      // A cell that could not be read is reported; the rest of the entry is still checked (never applied), so every problem shows at once.
      issues.push(...entry.issues);
      const bad = entry.issues.length > 0;
      const seen = new Set(entry.issues.map((l) => l.slice(0, l.indexOf(': '))));
      const fields = { ...entry.fields };
      const id = typeof fields.id === 'string' ? fields.id : undefined;
      const inst = isObj(fields.institution) ? fields.institution : undefined;
      const ipedsId = inst?.ipedsId;
      const credential = fields.credential;
      let target = id !== undefined ? byId.get(id) : undefined;
      let how: 'id' | 'ipeds' | undefined = target !== undefined ? 'id' : undefined;
      if (target === undefined && ipedsId !== undefined && credential !== undefined) {
        const hits = (byUnit.get(unitKey(ipedsId, credential)) ?? []).filter((i) => programs[i].institution.ipedsId === ipedsId && programs[i].credential === credential);
        if (hits.length > 1) {
          report.unmatched.push(`${entry.where}: IPEDS unit id ${ipedsId} with credential ${credential} matches ${hits.length} programs (${hits.map((i) => programs[i].id).join(', ')}); give the id of the one you mean`);
          continue;
        }
        if (hits.length === 1) {
          [target, how] = [hits[0], 'ipeds'];
          // The keys it was found by are not facts it changes.
          const { ipedsId: _key, ...rest } = inst!;
          if (Object.keys(rest).length) fields.institution = rest;
          else delete fields.institution;
          delete fields.credential;
        }
      }
      if (fields.verified !== undefined && !(typeof fields.verified === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(fields.verified))) {
        issues.push(entry.locate(['verified'], 'expected a date as YYYY-MM-DD'));
        continue;
      }
      const verified = (fields.verified as string | undefined) ?? entry.checked;
      delete fields.verified;

      if (target === undefined) {
        if (bad) continue;
        const key = id !== undefined ? `id "${id}"` : ipedsId !== undefined && credential !== undefined ? `IPEDS unit id ${ipedsId} with credential ${credential}` : undefined;
        if (!key) {
          report.unmatched.push(`${entry.where}: names no program: give an id, or an IPEDS unit id and a credential`);
          continue;
        }
        // Not in the base: a new program, if it is a complete one.
        const candidate = ordered({ ...fields, ...(verified ? { verified } : {}) });
        const facts = PROGRAM_FACTS.filter((f) => candidate[f] !== undefined);
        candidate.provenance = [{ source: overlay.source.id, fields: facts, ...(verified ? { checked: verified } : {}) }];
        if (id === undefined) {
          report.unmatched.push(`${entry.where}: no program in the base has ${key}; not added as a new program, since it has no id`);
          continue;
        }
        const problems = programIssues(candidate);
        if (!problems.length) {
          byId.set(id, programs.length);
          index(candidate as Program, programs.length);
          programs.push(candidate as Program);
          report.added.push(`${entry.where}: ${id}`);
          if (verified && verified > updated) updated = verified;
        } else {
          const first = problems[0];
          report.unmatched.push(
            `${entry.where}: no program in the base has ${key}; not added as a new program, since it is not complete (${entry.locate(first.path, first.message).slice(entry.where.length).replace(/^[:.\s]+/, '')})`,
          );
        }
        continue;
      }

      const before = programs[target];
      const merged = layOver(before, fields);
      const facts = PROGRAM_FACTS.filter((f) => fields[f] !== undefined);
      if (verified && verified > before.verified) merged.verified = verified;
      merged.provenance = facts.length ? attribute(before, merged, fields, facts, overlay.source.id, verified) : before.provenance;
      const problems = programIssues(ordered(merged));
      if (problems.length || bad) {
        issues.push(...problems.map((p) => entry.locate(p.path, p.message)).filter((l) => !seen.has(l.slice(0, l.indexOf(': ')))));
        continue;
      }
      programs[target] = ordered(merged) as Program;
      if (programs[target].institution.ipedsId !== before.institution.ipedsId || programs[target].credential !== before.credential) index(programs[target], target);
      how === 'id' ? report.byId++ : report.byIpeds++;
      for (const f of facts) {
        if (deepEqual(before[f as keyof Program], merged[f])) report.unchanged++;
        else report.changed[f] = (report.changed[f] ?? 0) + 1;
      }
      if (verified && verified > updated) updated = verified;
    }
  }
  const catalog: Catalog = { ...base, meta: { ...base.meta, updated, sources }, programs };
  if (!issues.length) {
    const r = CatalogSchema.safeParse(catalog, { reportInput: true });
    if (!r.success) issues.push(...issuesFromZod(r.error.issues as never).map((i) => `${i.path}: ${i.message}`));
  }
  return { catalog, reports, issues };
}

/** An id for an overlay's source made from its file name: `partners-2026.csv` -> `partners-2026`. */
const sourceIdFor = (file: string) => basename(file, extname(file)).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 100) || 'overlay';

const newestOf = (entries: OverlayEntry[]) => entries.map((e) => (typeof e.fields.verified === 'string' ? e.fields.verified : e.checked)).filter(Boolean).sort().at(-1);

async function readCsvOverlay(file: string, name: string | undefined, verified: string | undefined): Promise<Overlay> {
  const { rows, problems } = await readProgramCsv(file, false);
  if (problems.length) throw new CliError(1, problems);
  const entries = rows.map(({ line, cells }): OverlayEntry => {
    const { fields, issues } = cellsToFields(cells);
    return {
      where: `${file}:${line}`,
      fields,
      checked: verified,
      issues: issues.map((i) => cellLine(file, line, i)),
      locate: (path, message) => {
        const column = columnForPath(path);
        return cellLine(file, line, column ? { column, message } : { message: `${path.join('.')}: ${message}` });
      },
    };
  });
  const id = sourceIdFor(file);
  return { file, derivedId: true, source: { id, name: name ?? `Publisher data (${basename(file)})`, vintage: newestOf(entries) ? `checked up to ${newestOf(entries)}` : 'not stated' }, entries };
}

const fmtPath = (prefix: string, path: readonly PropertyKey[]) => prefix + path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');

/**
 * A JSON overlay: `{ "source"?: { id, name, vintage, url?, license? }, "verified"?: "YYYY-MM-DD",
 * "programs": [ { "id": …, "tuition": {…} }, { "institution": { "ipedsId": 123 }, "credential": "associate", … } ] }`.
 */
function readJsonOverlay(file: string, name: string | undefined, verified: string | undefined): Overlay {
  const data = parseJsonOrExit(file);
  if (isObj(data) && 'catalogVersion' in data) return catalogOverlay(file, data);
  if (!isObj(data) || !Array.isArray(data.programs)) {
    throw new CliError(1, [`${file}: an overlay is a JSON object with a "programs" list (and optionally "source" and "verified"); got ${Array.isArray(data) ? 'a list' : typeof data}`]);
  }
  const problems: string[] = [];
  for (const k of Object.keys(data)) if (!['programs', 'source', 'verified'].includes(k)) problems.push(`${file}: ${k}: unknown field (an overlay has "programs", "source" and "verified")`);
  let source: Source | undefined;
  if (data.source !== undefined) {
    const r = SourceSchema.safeParse(data.source, { reportInput: true });
    if (r.success) source = r.data;
    else problems.push(...issuesFromZod(r.error.issues as never, ['source']).map((i) => `${file}: ${i.path}: ${i.message}`));
  }
  if (data.verified !== undefined && (typeof data.verified !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(data.verified))) problems.push(`${file}: verified: expected a date as YYYY-MM-DD`);
  if (problems.length) throw new CliError(1, problems);
  const checked = (data.verified as string | undefined) ?? verified;
  const entries = (data.programs as unknown[]).map((p, i): OverlayEntry => {
    const at = `programs[${i}]`;
    const ok = isObj(p);
    const issues = ok ? (p.provenance !== undefined ? [`${file}: ${at}.provenance: set by merge, not by an overlay`] : []) : [`${file}: ${at}: expected an object`];
    return { where: `${file}: ${at}`, fields: ok ? p : {}, checked, issues, locate: (path, message) => `${file}: ${fmtPath(at, path)}: ${message}` };
  });
  const fallback = newestOf(entries);
  return {
    file,
    source: source ?? { id: sourceIdFor(file), name: name ?? `Publisher data (${basename(file)})`, vintage: fallback ? `checked up to ${fallback}` : 'not stated' },
    derivedId: !source,
    entries,
  };
}

/**
 * A whole catalog as an overlay (say, the output of `import csv`): its
 * programs are the entries, each checked on its own `verified` date, and its
 * one source is the overlay's source.
 */
function catalogOverlay(file: string, data: unknown): Overlay {
  let c: Catalog;
  try {
    c = validateCatalog(data, file);
  } catch (e) {
    if (!(e instanceof CatalogError)) throw e;
    throw new CliError(1, e.issues.map((i) => `${file}: ${i.path}: ${i.message}`));
  }
  if (c.meta.sources.length !== 1) {
    throw new CliError(1, [`${file}: meta.sources: a catalog used as an overlay needs exactly one source (it has ${c.meta.sources.length}), so that its facts can be credited to it`]);
  }
  const entries = c.programs.map(({ provenance: _p, ...p }, i): OverlayEntry => {
    const at = `programs[${i}]`;
    return { where: `${file}: ${at}`, fields: p, checked: p.verified, issues: [], locate: (path, message) => `${file}: ${fmtPath(at, path)}: ${message}` };
  });
  return { file, source: c.meta.sources[0], entries };
}

function parseJsonOrExit(file: string): unknown {
  try {
    return parseJson(readText(file), file);
  } catch (e) {
    if (e instanceof CatalogError) throw new CliError(2, [`${file}: not JSON (${(e.cause as Error | undefined)?.message ?? e.message})`]);
    throw e;
  }
}

export function formatReport(r: OverlayReport): string[] {
  const lines = [
    `${r.file}: ${r.entries} entr${r.entries === 1 ? 'y' : 'ies'}: ${r.byId + r.byIpeds} matched (${r.byId} by id, ${r.byIpeds} by IPEDS unit id + credential), ${r.added.length} added, ${r.unmatched.length} matching nothing`,
  ];
  const changed = Object.entries(r.changed).map(([f, n]) => `${f} ${n}`);
  lines.push(`${r.file}: changed: ${changed.length ? changed.join(', ') : 'nothing'}${r.unchanged ? ` (${r.unchanged} stated as they were)` : ''}`);
  for (const a of r.added) lines.push(`${a}: added as a new program`);
  lines.push(...r.unmatched);
  return lines;
}

export async function mergeCommand(args: string[], io: Io): Promise<ExitCode> {
  const { positional, values } = parseArgs(args, { out: 'value', 'source-name': 'values', verified: 'value', strict: 'flag' });
  if (positional.length < 2) throw new CliError(2, ['ma-catalog merge: name a base catalog and at least one overlay (ma-catalog merge BASE.json OVERLAY.csv [--out FILE])']);
  checkOptions(values);
  const [baseFile, ...overlayFiles] = positional;
  const names = (values['source-name'] as string[] | undefined) ?? [];
  const verified = values.verified as string | undefined;
  const text = readText(baseFile);
  let base: Catalog;
  try {
    base = parseCatalogText(text, baseFile);
  } catch (e) {
    if (!(e instanceof CatalogError)) throw e;
    if (e.kind === 'not-json') throw new CliError(2, [`${baseFile}: not JSON (${(e.cause as Error | undefined)?.message ?? e.message})`]);
    throw new CliError(1, e.issues.map((i) => `${baseFile}: ${i.path}: ${i.message}`));
  }
  const overlays: Overlay[] = [];
  for (const [k, file] of overlayFiles.entries()) {
    const ext = extname(file).toLowerCase();
    if (ext === '.csv') overlays.push(await readCsvOverlay(file, names[k], verified));
    else if (ext === '.json') overlays.push(readJsonOverlay(file, names[k], verified));
    else throw new CliError(2, [`${file}: an overlay is a .csv or a .json file`]);
  }
  const { catalog, reports, issues } = mergeCatalog(base, overlays);
  if (issues.length) throw new CliError(1, issues);
  const lines = reports.flatMap(formatReport);
  const unmatched = reports.reduce((n, r) => n + r.unmatched.length, 0);
  writeOutput(io, await catalogJson(catalog), values.out as string | undefined);
  io.err(`${baseFile}: ${base.programs.length} program(s); after the merge: ${catalog.programs.length}\n` + lines.join('\n') + '\n');
  return unmatched && values.strict ? 1 : 0;
}
