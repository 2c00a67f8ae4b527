// A small factory for test programs: a valid Program with overridable fields.
import type { Catalog, Program } from '../../src/catalog/schema.js';

export function makeProgram(over: Partial<Program> & { id: string }): Program {
  return {
    name: `Medical Assisting ${over.id}`,
    institution: { name: `School ${over.id}`, accredited: true },
    location: { city: 'Austin', state: 'TX', zip: '78701', lat: 30.27, lon: -97.74 },
    delivery: 'campus',
    credential: 'certificate',
    lengthMonths: { min: 9, max: 12 },
    url: `https://example.edu/${over.id}`,
    verified: '2026-01-01',
    ...over,
  };
}

export function makeCatalog(programs: Program[]): Catalog {
  return {
    catalogVersion: 1,
    meta: { title: 'Test', updated: '2026-01-01', sources: [] },
    programs,
  };
}
