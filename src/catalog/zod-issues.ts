/**
 * zod's issues as `path: message` problems in plain English. Part of the
 * validator (a lazy chunk in the browser), with the schema and zod itself.
 */
import { formatPath, type CatalogIssue } from './errors.js';

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
