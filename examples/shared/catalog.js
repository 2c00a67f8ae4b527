// A small catalog object, given to each example's finder as its `catalog`
// property (made-up schools; the widget validates it like a fetched one).
const program = (id, school, city, state, zip, lat, lon, credential, delivery, months, tuition) => ({
  id,
  name: { en: `Medical Assisting ${credential === 'associate' ? 'Associate Degree' : 'Certificate'}`, es: credential === 'associate' ? 'Título asociado en asistencia médica' : 'Certificado en asistencia médica' },
  institution: { name: school },
  location: { city, state, zip, lat, lon },
  delivery,
  credential,
  lengthMonths: { min: months, max: months },
  tuition: { amount: tuition, currency: 'USD', covers: 'program' },
  accreditation: { body: 'CAAHEP', status: 'accredited' },
  schedule: ['day'],
  languages: ['en'],
  url: `https://example.edu/${id}`,
  sponsored: false,
  verified: '2026-11-01',
});

export const catalog = {
  catalogVersion: 1,
  meta: {
    title: { en: 'Example catalog', es: 'Catálogo de ejemplo' },
    updated: '2026-11-30',
    sample: true,
    sources: [{ id: 'bls-ep', name: 'BLS Employment Projections 2024-34', url: 'https://www.bls.gov/emp/', vintage: '2024-34', license: 'Public domain; cite BLS' }],
  },
  programs: [
    program('bluebonnet-cert', 'Bluebonnet Example College', 'Austin', 'TX', '78701', 30.27, -97.74, 'certificate', 'campus', 10, 12900),
    program('pecos-aas', 'Pecos Example Institute', 'El Paso', 'TX', '79901', 31.76, -106.49, 'associate', 'hybrid', 22, 19800),
    program('redwood-cert', 'Redwood Example School', 'Eureka', 'CA', '95501', 40.8, -124.16, 'certificate', 'campus', 9, 11200),
  ],
  occupations: [],
  salaryTables: [],
  careerPaths: [],
  steps: [],
  faq: [],
};
