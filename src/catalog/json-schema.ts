/**
 * The catalog's JSON Schema, generated from the zod schema (for editors,
 * other languages, and `ma-catalog schema`). The cross-reference checks
 * (unique ids, known sources) cannot be said in JSON Schema; the rest is
 * the same contract, with unknown keys refused on both sides.
 */
import * as z from 'zod/mini';
import { CatalogShape, LocalizedTextSchema } from './schema.js';

/** LocalizedTextSchema is a custom check in zod; this is the same rule in JSON Schema. */
const localizedText: z.core.JSONSchema.JSONSchema = {
  anyOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
      additionalProperties: { type: 'string', minLength: 1 },
    },
  ],
};

export function catalogJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CatalogShape, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: (ctx) => (ctx.zodSchema === LocalizedTextSchema ? structuredClone(localizedText) : undefined),
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://unpkg.com/ma-widgets/dist/catalog.schema.json',
    title: 'ma-widgets catalog, version 1',
    description: 'Programs, occupations, salary tables and career paths for the ma-widgets components. Absent optional fields mean "not reported".',
    ...schema,
  };
}
