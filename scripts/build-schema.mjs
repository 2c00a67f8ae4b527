// Writes dist/catalog.schema.json from the built zod schema (run after rollup).
import { writeFileSync } from 'node:fs';
import { catalogJsonSchema } from '../dist/catalog/json-schema.js';

writeFileSync('dist/catalog.schema.json', JSON.stringify(catalogJsonSchema(), null, 2) + '\n');
console.log('dist/catalog.schema.json written');
