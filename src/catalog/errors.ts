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

/** `path: message` lines, as the CLI prints them. */
export const formatIssues = (issues: readonly CatalogIssue[]) => issues.map((i) => `${i.path}: ${i.message}`);

/** The error for a catalog with schema problems: how many, and the first. */
export const schemaError = (issues: CatalogIssue[], url?: string) =>
  new CatalogError('schema', `the catalog has ${issues.length} problem(s); first: ${issues[0].path}: ${issues[0].message}`, { url, issues });
