/**
 * The catalog's JSON Schema, generated from the zod schema (for editors,
 * other languages, and `ma-catalog schema`). The cross-reference checks
 * (unique ids, known sources) cannot be said in JSON Schema; the rest is
 * the same contract, with unknown keys refused on both sides.
 */
import * as z from 'zod/mini';
import { CatalogShape } from './schema.js';

export function catalogJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CatalogShape, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://unpkg.com/ma-widgets/dist/catalog.schema.json',
    title: 'ma-widgets catalog, version 1',
    description: 'Programs, occupations, salary tables and career paths for the ma-widgets components. Absent optional fields mean "not reported".',
    ...schema,
  };
}
