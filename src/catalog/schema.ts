/**
 * The catalog contract, version 1: one zod/mini schema from which the
 * TypeScript types are inferred and `dist/catalog.schema.json` is generated.
 *
 * Objects are strict (unknown keys are errors), so a hand-written typo such
 * as "tution" is reported instead of silently ignored, and the JSON Schema's
 * `additionalProperties: false` says the same thing the parser does.
 * An optional field that is absent means "not reported", never zero.
 */
import * as z from 'zod/mini';
import {
  ACCREDITATION_STATUS, ACCREDITORS, CATALOG_VERSION, CHECKSUM_PATTERN, CONTROLS, CREDENTIALS, DELIVERY, PROGRAM_FACTS, SCHEDULES, TUITION_COVERS,
} from './vocabulary.js';

export * from './vocabulary.js';

const langPattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const lang = z.string().check(z.regex(langPattern, 'expected a language code such as "en" or "es"'));
const nonEmpty = z.string().check(z.minLength(1));
/** A text a person reads: a plain string, or one string per language ("en", "es", "es-MX"…). */
export type LocalizedText = string | Record<string, string>;
export const isLocalizedText = (v: unknown): v is LocalizedText => {
  if (typeof v === 'string') return v.length > 0;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const entries = Object.entries(v);
  return entries.length > 0 && entries.every(([k, t]) => langPattern.test(k) && typeof t === 'string' && t.length > 0);
};
/**
 * A custom check rather than z.union([string, z.record(...)]): the same rule
 * for a fraction of the bytes in every widget's bundle. json-schema.ts says
 * it in JSON Schema terms.
 */
export const LocalizedTextSchema = z.custom<LocalizedText>(isLocalizedText, 'expected text: a non-empty string, or an object of non-empty strings by language code such as { "en": "…", "es": "…" }');
const id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, 'expected an id: letters, digits, ".", "_" or "-"'));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));
const httpUrl = z.string().check(z.regex(/^https?:\/\/[^\s]+$/i, 'expected an http:// or https:// URL'));
const currencyCode = z.string().check(z.regex(/^[A-Z]{3}$/, 'expected a currency code such as "USD"'));
const count = z.number().check(z.int(), z.gte(0));
const money = z.number().check(z.gte(0));
const percent = z.number().check(z.gte(0), z.lte(100));
/** A range of months, e.g. 9 to 12. */
const monthRange = z
  .strictObject({ min: z.number().check(z.gte(0)), max: z.number().check(z.gte(0)) })
  .check(z.refine((r) => r.max >= r.min, { message: 'max must be at least min', path: ['max'] }));

export const SourceSchema = z.strictObject({
  /** Referenced by `source` fields elsewhere in the catalog. */
  id,
  name: LocalizedTextSchema,
  url: z.optional(httpUrl),
  /** The period the figures describe, e.g. "May 2024" or "2024-34". */
  vintage: nonEmpty,
  license: z.optional(LocalizedTextSchema),
});

export const MetaSchema = z.strictObject({
  title: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  updated: isoDate,
  locales: z.optional(z.array(lang)),
  /** True for example data that must not be read as real programs. */
  sample: z.optional(z.boolean()),
  sources: z.array(SourceSchema),
});

const awardYear = z.string().check(z.regex(/^\d{4}-\d{2}$/, 'expected an award year such as "2023-24"'));
const stateCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'expected a 2-letter state code such as "TX"'));

export const ProgramSchema = z.strictObject({
  id,
  name: LocalizedTextSchema,
  institution: z.strictObject({
    name: LocalizedTextSchema,
    /** IPEDS UNITID. */
    ipedsId: z.optional(z.number().check(z.int(), z.positive())),
    /** Accredited as an institution by an agency the U.S. Department of Education recognizes. */
    accredited: z.optional(z.boolean()),
    /** Who runs the school. Absent: not reported. */
    control: z.optional(z.enum(CONTROLS)),
  }),
  location: z.strictObject({
    city: nonEmpty,
    state: stateCode,
    zip: z.optional(z.string().check(z.regex(/^\d{5}$/, 'expected a 5-digit ZIP code'))),
    lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
    lon: z.optional(z.number().check(z.gte(-180), z.lte(180))),
  }),
  /** Absent: not reported. */
  delivery: z.optional(z.enum(DELIVERY)),
  credential: z.enum(CREDENTIALS),
  /**
   * How long the program takes. `basis: "award-level"` says the range is the
   * band the award level itself defines (IPEDS), not what the school states.
   */
  lengthMonths: z
    .strictObject({ min: z.number().check(z.gte(0)), max: z.number().check(z.gte(0)), basis: z.optional(z.enum(['school', 'award-level'])) })
    .check(z.refine((r) => r.max >= r.min, { message: 'max must be at least min', path: ['max'] })),
  tuition: z.optional(
    z.strictObject({
      amount: money,
      currency: currencyCode,
      covers: z.enum(TUITION_COVERS),
      note: z.optional(LocalizedTextSchema),
    }),
  ),
  accreditation: z.optional(
    z.strictObject({ body: z.enum(ACCREDITORS), status: z.enum(ACCREDITATION_STATUS) }),
  ),
  contactHours: z.optional(count),
  externshipHours: z.optional(count),
  schedule: z.optional(z.array(z.enum(SCHEDULES))),
  languages: z.optional(z.array(lang)),
  outcomes: z.optional(
    z.strictObject({
      year: z.number().check(z.int(), z.gte(1990), z.lte(2100)),
      retention: z.optional(percent),
      examPassRate: z.optional(percent),
      placement: z.optional(percent),
    }),
  ),
  /** Graduates per award year, newest first (IPEDS CTOTALT). 0 is a reported zero; absent: not reported. */
  completions: z.optional(z.array(z.strictObject({ year: awardYear, awards: count }))),
  /** For online programs: the states it accepts students from. Absent: not reported (shown as anywhere it says). */
  onlineStates: z.optional(z.array(stateCode)),
  /** The program's page (or the school's). Absent: not reported, and no link is shown. */
  url: z.optional(httpUrl),
  sponsored: z.optional(z.boolean()),
  verified: isoDate,
  /**
   * Which source each fact came from: `source` is a `meta.sources` id, `fields`
   * the facts it vouches for, `checked` when it was last checked.
   * A card can then say "Location and graduates: IPEDS 2023-24; tuition: the school, checked 2026-10-01".
   */
  provenance: z.optional(
    z.array(z.strictObject({ source: id, fields: z.array(z.enum(PROGRAM_FACTS)).check(z.minLength(1)), checked: z.optional(isoDate) })),
  ),
});

/** One set of pay figures from one source, e.g. OEWS May 2025 percentiles. */
export const PaySchema = z.strictObject({
  source: id,
  vintage: nonEmpty,
  period: z.enum(['annual', 'hourly']),
  currency: z.optional(currencyCode),
  median: z.optional(money),
  p10: z.optional(money),
  p25: z.optional(money),
  p75: z.optional(money),
  p90: z.optional(money),
});

/** One industry's share of an occupation's jobs, e.g. physicians' offices, 57%, as a source states it. */
export const IndustryShareSchema = z.strictObject({
  label: LocalizedTextSchema,
  /** Percent of the occupation's jobs, 0 to 100. */
  share: percent,
  source: id,
  /** The year the share describes, or "not stated" when the source gives none. */
  vintage: nonEmpty,
});

export const OccupationSchema = z.strictObject({
  id,
  title: LocalizedTextSchema,
  soc: z.string().check(z.regex(/^\d{2}-\d{4}$/, 'expected a SOC code such as "31-9092"')),
  summary: z.optional(LocalizedTextSchema),
  pay: z.optional(z.array(PaySchema)),
  outlook: z.optional(
    z.strictObject({
      source: id,
      period: nonEmpty,
      growthPct: z.number(),
      jobs: z.optional(count),
      jobsChange: z.optional(z.number().check(z.int())),
      openingsPerYear: z.optional(count),
    }),
  ),
  entryEducation: z.optional(LocalizedTextSchema),
  url: z.optional(httpUrl),
  /** Where the jobs are: the share of the occupation's jobs by industry, each share with its source and vintage. */
  industries: z.optional(z.array(IndustryShareSchema)),
});

export const SalaryTableSchema = z.strictObject({
  id,
  title: LocalizedTextSchema,
  source: id,
  /** What the columns mean, e.g. "percentiles, not career stages". */
  note: z.optional(LocalizedTextSchema),
  currency: z.optional(currencyCode),
  period: z.optional(z.enum(['annual', 'hourly'])),
  columns: z.array(z.strictObject({ id, label: LocalizedTextSchema })).check(z.minLength(1)),
  rows: z.array(
    z.strictObject({
      label: LocalizedTextSchema,
      occupation: z.optional(id),
      /** Column id to value; null or absent: not reported. */
      values: z.record(z.string(), z.nullable(money)),
    }),
  ),
});

export const CareerPathSchema = z.strictObject({
  from: id,
  to: id,
  kind: z.enum(['lateral', 'advance']),
  education: LocalizedTextSchema,
  addedMonths: z.optional(monthRange),
  summary: LocalizedTextSchema,
  url: z.optional(httpUrl),
});

/** A link from a step to a place on the page (`#find`, a widget's id) or to a page (relative or http(s)). */
const stepHref = z.string().check(z.regex(/^(#[A-Za-z][\w.:-]*|https?:\/\/\S+|\/(?!\/)\S*|\.{1,2}\/\S*)$/, 'expected "#id", a relative path ("/…", "./…") or an http(s) URL'));
export const StepSchema = z.strictObject({
  id,
  title: LocalizedTextSchema,
  body: LocalizedTextSchema,
  /** Where to act on the step, e.g. { "href": "#find", "label": "Find a program" }. */
  link: z.optional(z.strictObject({ href: stepHref, label: LocalizedTextSchema })),
});
export const FaqSchema = z.strictObject({ id, question: LocalizedTextSchema, answer: LocalizedTextSchema });

/** The shape alone, without the cross-reference checks (those cannot be said in JSON Schema). */
export const CatalogShape = z.strictObject({
  $schema: z.optional(z.string()),
  catalogVersion: z.literal(CATALOG_VERSION),
  /**
   * Written by `ma-catalog` after a full check: the SHA-256 of the catalog's content (checksum.ts).
   * A browser that finds it current shows the catalog without checking it again; any change to the
   * content makes it stale, and the catalog is then checked in full as if it had none.
   */
  checksum: z.optional(z.string().check(z.regex(CHECKSUM_PATTERN, 'expected "sha256-" and 44 base64 characters, as `ma-catalog stamp` writes it'))),
  meta: MetaSchema,
  programs: z.array(ProgramSchema),
  occupations: z.optional(z.array(OccupationSchema)),
  salaryTables: z.optional(z.array(SalaryTableSchema)),
  careerPaths: z.optional(z.array(CareerPathSchema)),
  steps: z.optional(z.array(StepSchema)),
  faq: z.optional(z.array(FaqSchema)),
});

type Shape = z.infer<typeof CatalogShape>;

/** Ids must be unique, and every reference (source, occupation) must point at something. (Also run by validateCatalogInSlices.) */
type IssueSink = { addIssue(issue: { code: 'custom'; message: string; path: (string | number)[]; input: unknown }): void };
export function checkReferences(c: Shape, ctx: IssueSink) {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', message, path, input: c });
  const unique = (list: { id: string }[] | undefined, ...at: string[]) => {
    const seen = new Set<string>();
    list?.forEach((item, i) => {
      if (seen.has(item.id)) issue([...at, i, 'id'], `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
    return seen;
  };
  const sources = unique(c.meta.sources, 'meta', 'sources');
  unique(c.programs, 'programs');
  const occupations = unique(c.occupations, 'occupations');
  unique(c.salaryTables, 'salaryTables');
  const source = (path: (string | number)[], sid: string) => {
    if (!sources.has(sid)) issue(path, `unknown source "${sid}" (not in meta.sources)`);
  };
  const occupation = (path: (string | number)[], oid: string | undefined) => {
    if (oid !== undefined && !occupations.has(oid)) issue(path, `unknown occupation "${oid}"`);
  };
  c.programs.forEach((p, i) => p.provenance?.forEach((e, j) => source(['programs', i, 'provenance', j, 'source'], e.source)));
  c.occupations?.forEach((o, i) => {
    o.pay?.forEach((p, j) => source(['occupations', i, 'pay', j, 'source'], p.source));
    if (o.outlook) source(['occupations', i, 'outlook', 'source'], o.outlook.source);
    o.industries?.forEach((s, j) => source(['occupations', i, 'industries', j, 'source'], s.source));
  });
  c.salaryTables?.forEach((t, i) => {
    source(['salaryTables', i, 'source'], t.source);
    const cols = new Set(t.columns.map((col) => col.id));
    t.rows.forEach((r, j) => {
      occupation(['salaryTables', i, 'rows', j, 'occupation'], r.occupation);
      for (const k of Object.keys(r.values)) {
        if (!cols.has(k)) issue(['salaryTables', i, 'rows', j, 'values', k], `unknown column "${k}"`);
      }
    });
  });
  c.careerPaths?.forEach((p, i) => {
    occupation(['careerPaths', i, 'from'], p.from);
    occupation(['careerPaths', i, 'to'], p.to);
  });
}

// References are checked once everything else is right (in validateCatalogInSlices too), so both paths report the same issues.
export const CatalogSchema = CatalogShape.check(z.superRefine(checkReferences, { when: (payload) => !payload.issues.length }));

export type Source = z.infer<typeof SourceSchema>;
export type CatalogMeta = z.infer<typeof MetaSchema>;
export type Program = z.infer<typeof ProgramSchema>;
export type Pay = z.infer<typeof PaySchema>;
export type Occupation = z.infer<typeof OccupationSchema>;
export type SalaryTable = z.infer<typeof SalaryTableSchema>;
export type CareerPath = z.infer<typeof CareerPathSchema>;
export type Step = z.infer<typeof StepSchema>;
export type IndustryShare = z.infer<typeof IndustryShareSchema>;
export type Faq = z.infer<typeof FaqSchema>;
export type Catalog = Shape;
export type Delivery = (typeof DELIVERY)[number];
export type Credential = (typeof CREDENTIALS)[number];
export type Accreditor = (typeof ACCREDITORS)[number];
export type Schedule = (typeof SCHEDULES)[number];
export type Control = (typeof CONTROLS)[number];
export type ProgramFact = (typeof PROGRAM_FACTS)[number];
