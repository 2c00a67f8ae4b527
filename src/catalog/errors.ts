/**
 * One error type for everything that can go wrong between a catalog URL (or
 * object) and a typed Catalog, and the plain `path: message` lines that the
 * widgets' events, the console and the CLI all print.
 */
export type CatalogErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'schema' | 'unsupported-version';

/** One problem in a catalog: a JSON path such as `programs[3].tuition.amount` and what is wrong there. */
export interface CatalogIssue {
  path: string;
  message: string;
}

export class CatalogError extends Error {
  override readonly name = 'CatalogError';
  readonly kind: CatalogErrorKind;
  /** HTTP status, for kind `http`. */
  readonly status?: number;
  /** The problems found, for kinds `schema`, `unsupported-version` and `not-json`. */
  readonly issues: CatalogIssue[];
  readonly url?: string;

  constructor(kind: CatalogErrorKind, message: string, opts: { status?: number; issues?: CatalogIssue[]; url?: string; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.kind = kind;
    this.status = opts.status;
    this.issues = opts.issues ?? [];
    this.url = opts.url;
  }
}

/** `["programs", 3, "name"]` -> `programs[3].name`; the root is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const k = String(key);
      out += /^[A-Za-z_$][\w$]*$/.test(k) ? (out ? '.' : '') + k : `[${JSON.stringify(k)}]`;
    }
  }
  return out || '(root)';
}

/** The subset of a zod issue that the formatter reads (zod's own types are wide unions). */
interface RawIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
  errors?: RawIssue[][];
}

const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * Plain English for each zod issue. zod/mini ships no locale unless one is
 * configured (about 1 KB more), and its generic text is "Invalid input", so
 * the messages are made here from the issue's code and fields.
 */
export function issuesFromZod(issues: readonly RawIssue[], prefix: readonly PropertyKey[] = []): CatalogIssue[] {
  const out: CatalogIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    const at = (message: string, p = path) => out.push({ path: formatPath(p), message });
    switch (issue.code) {
      case 'invalid_type':
        at(
          issue.input === undefined
            ? `required (${issue.expected})`
            : issue.expected === 'int'
              ? 'must be a whole number'
              : `expected ${issue.expected}, got ${describe(issue.input)}`,
        );
        break;
      case 'invalid_value': {
        const allowed = (issue.values ?? []).map((v) => JSON.stringify(v));
        const what = allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`;
        at(issue.input === undefined ? `required: ${what}` : `expected ${what}`);
        break;
      }
      case 'unrecognized_keys':
        for (const key of issue.keys ?? []) at('unknown field (check its spelling)', [...path, key]);
        break;
      case 'too_small':
        at(
          issue.origin === 'array'
            ? `needs at least ${issue.minimum} item(s)`
            : issue.origin === 'string'
              ? 'must not be empty'
              : `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${issue.minimum}`,
        );
        break;
      case 'too_big':
        at(issue.origin === 'array' ? `has more than ${issue.maximum} item(s)` : `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${issue.maximum}`);
        break;
      case 'invalid_union': {
        // Report the branch that got furthest (a shape error deeper down), if exactly one did.
        const deep = (issue.errors ?? []).filter((branch) => branch.some((i) => i.path.length > 0 || i.code !== 'invalid_type'));
        if (deep.length === 1) out.push(...issuesFromZod(deep[0], path));
        else {
          const expected = (issue.errors ?? []).flatMap((b) => b.map((i) => i.expected).filter(Boolean));
          at(expected.length ? `expected ${expected.join(' or ')}, got ${describe(issue.input)}` : 'does not match any allowed form');
        }
        break;
      }
      case 'invalid_key':
        at(`invalid key: ${issue.errors?.[0]?.[0]?.message ?? issue.message}`);
        break;
      case 'invalid_format':
        at(issue.message !== 'Invalid input' ? issue.message : 'has the wrong format');
        break;
      case 'not_multiple_of':
        at(issue.message !== 'Invalid input' ? issue.message : 'must be a whole number');
        break;
      default:
        at(issue.message !== 'Invalid input' ? issue.message : `invalid (${issue.code})`);
    }
  }
  return out;
}

/** `path: message` lines, as the CLI prints them. */
export const formatIssues = (issues: readonly CatalogIssue[]) => issues.map((i) => `${i.path}: ${i.message}`);

/** The error for a catalog with schema problems: how many, and the first. */
export const schemaError = (issues: CatalogIssue[], url?: string) =>
  new CatalogError('schema', `the catalog has ${issues.length} problem(s); first: ${issues[0].path}: ${issues[0].message}`, { url, issues });
