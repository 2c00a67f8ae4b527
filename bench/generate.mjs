/**
 * Benchmark catalogs.
 *
 * - `generateCatalog({ count, seed })`: a synthetic catalog of `count`
 *   medical assisting programs from a fixed seed (same seed, same bytes), with
 *   the mixes a real directory has: schools offering one to four programs,
 *   mostly campus certificates, some fields not reported, a few accented
 *   city names (San José, Bayamón) for accent-insensitive search. Every
 *   school, URL and figure is made up; `meta.sample` is true.
 * - `ipedsCatalog(dir)`: the real medical assisting programs (CIP 51.0801,
 *   first major) in the workspace's IPEDS extract, through the importer
 *   (`ma-catalog import ipeds`), or `undefined` when the extract is absent.
 *
 * No DOM: usable from node tests and from bench/finder.mjs.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a tiny seeded PRNG, good enough for test data. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// City, state, a real ZIP of it, approximate centre.
const CITIES = `Austin,TX,78701,30.27,-97.74;Houston,TX,77002,29.76,-95.37;San Antonio,TX,78205,29.42,-98.49;Dallas,TX,75201,32.78,-96.80;El Paso,TX,79901,31.76,-106.49;McAllen,TX,78501,26.20,-98.23;Laredo,TX,78040,27.51,-99.51;Lubbock,TX,79401,33.58,-101.85
Los Angeles,CA,90012,34.05,-118.24;San José,CA,95113,37.34,-121.89;San Diego,CA,92101,32.72,-117.16;Fresno,CA,93721,36.74,-119.79;Sacramento,CA,95814,38.58,-121.49;Riverside,CA,92501,33.98,-117.38;Oakland,CA,94612,37.80,-122.27;Bakersfield,CA,93301,35.37,-119.02;Santa Ana,CA,92701,33.75,-117.87;Salinas,CA,93901,36.68,-121.66
Miami,FL,33130,25.77,-80.19;Orlando,FL,32801,28.54,-81.38;Tampa,FL,33602,27.95,-82.46;Jacksonville,FL,32202,30.33,-81.66;Hialeah,FL,33010,25.86,-80.28;Tallahassee,FL,32301,30.44,-84.28;Kissimmee,FL,34741,28.29,-81.41
New York,NY,10007,40.71,-74.01;Bronx,NY,10451,40.82,-73.92;Brooklyn,NY,11201,40.69,-73.99;Buffalo,NY,14202,42.89,-78.88;Rochester,NY,14604,43.16,-77.61;Albany,NY,12207,42.65,-73.75
Chicago,IL,60602,41.88,-87.63;Springfield,IL,62701,39.80,-89.65;Rockford,IL,61101,42.27,-89.09;Aurora,IL,60505,41.76,-88.32
Philadelphia,PA,19107,39.95,-75.16;Pittsburgh,PA,15222,40.44,-80.00;Allentown,PA,18101,40.60,-75.47;Erie,PA,16501,42.13,-80.09
Columbus,OH,43215,39.96,-83.00;Cleveland,OH,44113,41.50,-81.69;Cincinnati,OH,45202,39.10,-84.51;Toledo,OH,43604,41.65,-83.54;Dayton,OH,45402,39.76,-84.19
Atlanta,GA,30303,33.75,-84.39;Savannah,GA,31401,32.08,-81.09;Macon,GA,31201,32.84,-83.63;Augusta,GA,30901,33.47,-81.97
Charlotte,NC,28202,35.23,-80.84;Raleigh,NC,27601,35.78,-78.64;Greensboro,NC,27401,36.07,-79.79;Fayetteville,NC,28301,35.05,-78.88
Detroit,MI,48226,42.33,-83.05;Grand Rapids,MI,49503,42.96,-85.67;Lansing,MI,48933,42.73,-84.56;Flint,MI,48502,43.01,-83.69
Phoenix,AZ,85004,33.45,-112.07;Tucson,AZ,85701,32.22,-110.97;Mesa,AZ,85201,33.42,-111.83;Yuma,AZ,85364,32.69,-114.62
Albuquerque,NM,87102,35.08,-106.65;Las Cruces,NM,88001,32.31,-106.78;Española,NM,87532,35.99,-106.08;Santa Fe,NM,87501,35.69,-105.94
Denver,CO,80202,39.74,-104.99;Colorado Springs,CO,80903,38.83,-104.82;Pueblo,CO,81003,38.25,-104.61;Cañon City,CO,81212,38.44,-105.24
Seattle,WA,98104,47.60,-122.33;Spokane,WA,99201,47.66,-117.43;Tacoma,WA,98402,47.25,-122.44;Yakima,WA,98901,46.60,-120.51
Nashville,TN,37203,36.16,-86.78;Memphis,TN,38103,35.15,-90.05;Knoxville,TN,37902,35.96,-83.92;Chattanooga,TN,37402,35.05,-85.31
Indianapolis,IN,46204,39.77,-86.16;Fort Wayne,IN,46802,41.08,-85.14;Evansville,IN,47708,37.97,-87.57
Boston,MA,02108,42.36,-71.06;Worcester,MA,01608,42.26,-71.80;Springfield,MA,01103,42.10,-72.59
Baltimore,MD,21202,39.29,-76.61;Richmond,VA,23219,37.54,-77.44;Norfolk,VA,23510,36.85,-76.29;Roanoke,VA,24011,37.27,-79.94
Newark,NJ,07102,40.74,-74.17;Paterson,NJ,07505,40.92,-74.17;Camden,NJ,08102,39.93,-75.12
Kansas City,MO,64106,39.10,-94.58;St. Louis,MO,63101,38.63,-90.20;Omaha,NE,68102,41.26,-95.94;Wichita,KS,67202,37.69,-97.34
Minneapolis,MN,55401,44.98,-93.27;Milwaukee,WI,53202,43.04,-87.91;Madison,WI,53703,43.07,-89.40;Des Moines,IA,50309,41.59,-93.62
Louisville,KY,40202,38.25,-85.76;Lexington,KY,40507,38.04,-84.50;Birmingham,AL,35203,33.52,-86.80;Mobile,AL,36602,30.69,-88.04
New Orleans,LA,70112,29.95,-90.07;Baton Rouge,LA,70801,30.45,-91.19;Jackson,MS,39201,32.30,-90.18;Little Rock,AR,72201,34.75,-92.29
Oklahoma City,OK,73102,35.47,-97.52;Tulsa,OK,74103,36.15,-95.99;Las Vegas,NV,89101,36.17,-115.14;Reno,NV,89501,39.53,-119.81
Salt Lake City,UT,84101,40.76,-111.89;Boise,ID,83702,43.62,-116.20;Portland,OR,97204,45.52,-122.68;Eugene,OR,97401,44.05,-123.09
Columbia,SC,29201,34.00,-81.03;Charleston,SC,29401,32.78,-79.93;Hartford,CT,06103,41.76,-72.67;Providence,RI,02903,41.82,-71.41
Honolulu,HI,96813,21.31,-157.86;Anchorage,AK,99501,61.22,-149.90;Billings,MT,59101,45.78,-108.50;Sioux Falls,SD,57104,43.55,-96.73
San Juan,PR,00901,18.47,-66.11;Bayamón,PR,00961,18.40,-66.16;Mayagüez,PR,00680,18.20,-67.14;Ponce,PR,00730,18.01,-66.61`
  .split(/[;\n]/)
  .map((s) => {
    const [city, state, zip, lat, lon] = s.split(',');
    return { city, state, zip, lat: +lat, lon: +lon };
  });

const REGIONS = ['Valley', 'Lakeside', 'Ridge', 'Summit', 'Pioneer', 'Riverside', 'Harbor', 'Prairie', 'Mesa', 'Coastal', 'Northgate', 'Southland', 'Bluebonnet', 'Cedar', 'Heritage', 'Frontier', 'Keystone', 'Gateway', 'Magnolia', 'Sierra'];
const KINDS = [
  [0.3, 'Community College'], [0.18, 'Technical College'], [0.16, 'Career Institute'], [0.1, 'Career College'],
  [0.08, 'College of Health Sciences'], [0.07, 'Technical Institute'], [0.06, 'State College'], [0.05, 'School of Allied Health'],
];
/** Program titles per credential: [English, Spanish or undefined when the school gives no Spanish title]. */
const TITLES = {
  certificate: [
    ['Medical Assisting Certificate', 'Certificado en Asistencia Médica'],
    ['Clinical Medical Assistant Certificate', 'Certificado de Asistente Médico Clínico'],
    ['Medical Office Assistant Certificate', 'Certificado de Asistente de Oficina Médica'],
    ['Phlebotomy and Medical Assisting Certificate', undefined],
  ],
  diploma: [
    ['Medical Assistant Diploma', 'Diploma de Asistente Médico'],
    ['Medical Office and Clinical Assistant Diploma', 'Diploma de Asistente Clínico y de Oficina Médica'],
  ],
  associate: [
    ['Associate of Applied Science in Medical Assisting', 'Título asociado en Ciencias Aplicadas, Asistencia Médica'],
    ['Associate of Science in Medical Assisting', 'Título asociado en Ciencias, Asistencia Médica'],
    ['Associate in Health Sciences: Medical Assisting', undefined],
  ],
  bachelor: [['Bachelor of Science in Health Care Administration, Medical Assisting track', 'Licenciatura en Administración de Servicios de Salud, especialidad en Asistencia Médica']],
};
// Months [min from, min to, extra for max] and tuition [from, to] per credential.
const LENGTH = { certificate: [6, 12, 3], diploma: [9, 15, 3], associate: [18, 24, 4], bachelor: [36, 48, 6] };
const TUITION = { certificate: [2500, 17000], diploma: [8000, 21000], associate: [9000, 36000], bachelor: [30000, 90000] };

const slug = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** A catalog object valid against the catalog schema (version 1). */
export function generateCatalog({ count = 10_000, seed = 20261130 } = {}) {
  const rnd = prng(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const chance = (p) => rnd() < p;
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  /** Picks from [[weight, value], ...]; weights need not sum to 1 (the rest is undefined). */
  const weighted = (pairs) => {
    let r = rnd();
    for (const [w, v] of pairs) if ((r -= w) < 0) return v;
    return undefined;
  };
  const date = () => `202${int(5, 6)}-${String(int(1, 10)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;

  const programs = [];
  for (let school = 0; programs.length < count; school++) {
    const place = pick(CITIES);
    const kind = weighted(KINDS) ?? 'Medical Career School';
    const institutionName = `${chance(0.45) ? place.city : pick(REGIONS)} ${kind}`;
    const domain = `${slug(institutionName)}-${school}.example.${pick(['edu', 'org', 'com'])}`;
    const institution = { name: institutionName };
    // No ipedsId: a made-up number could be a real school's.
    const acc = weighted([[0.85, true], [0.05, false]]);
    if (acc !== undefined) institution.accredited = acc;
    const accreditor = weighted([[0.25, 'CAAHEP'], [0.2, 'ABHES']]);
    const credentials = ['certificate', 'diploma', 'associate', 'bachelor'].filter((c, i) => chance([0.7, 0.3, 0.35, 0.03][i]));
    if (!credentials.length) credentials.push(pick(['certificate', 'diploma']));

    for (const credential of credentials) {
      if (programs.length >= count) break;
      const [en, es] = pick(TITLES[credential]);
      const location = { city: place.city, state: place.state };
      if (chance(0.93)) location.zip = place.zip;
      if (chance(0.85)) {
        // A campus somewhere in the metro area, not all on one point.
        location.lat = Math.round((place.lat + (rnd() - 0.5) * 0.3) * 1e4) / 1e4;
        location.lon = Math.round((place.lon + (rnd() - 0.5) * 0.3) * 1e4) / 1e4;
      }
      const delivery = weighted([[0.5, 'campus'], [0.25, 'hybrid'], [0.17, 'online']]);
      const [lo, hi, extra] = LENGTH[credential];
      const min = int(lo, hi) + (delivery === 'online' ? int(0, 4) : 0);
      const p = {
        id: `${slug(institutionName).slice(0, 80)}-${school}-${credential}`,
        name: es && chance(0.6) ? { en, es } : en,
        institution,
        location,
        ...(delivery && { delivery }),
        credential,
        lengthMonths: { min, max: min + int(0, extra) },
      };
      if (chance(0.8)) {
        const perYear = credential === 'bachelor' || (credential === 'associate' && chance(0.3));
        const [from, to] = perYear ? [3500, 22000] : TUITION[credential];
        p.tuition = { amount: Math.round(int(from, to) / 50) * 50, currency: 'USD', covers: perYear ? 'year' : 'program' };
        if (chance(0.15)) p.tuition.note = { en: 'Books, uniform and exam fee not included', es: 'No incluye libros, uniforme ni cuota de examen' };
      }
      if (accreditor && credential !== 'bachelor') {
        p.accreditation = { body: accreditor, status: weighted([[0.9, 'accredited'], [0.07, 'initial']]) ?? 'probation' };
      }
      if (chance(0.7)) p.contactHours = Math.round(int(lo * 60, hi * 90) / 10) * 10;
      if (chance(0.6)) p.externshipHours = pick([120, 160, 160, 180, 200, 240]);
      if (chance(0.75)) {
        const s = ['day', 'evening', 'weekend', 'part-time'].filter((_, i) => chance([0.8, 0.4, 0.15, 0.2][i]));
        if (s.length) p.schedule = s;
      }
      const languages = weighted([[0.43, ['en']], [0.15, ['en', 'es']], [0.02, ['es']]]);
      if (languages) p.languages = languages;
      if (chance(0.4)) {
        p.outcomes = { year: int(2023, 2025) };
        if (chance(0.9)) p.outcomes.retention = int(55, 95);
        if (chance(0.6)) p.outcomes.examPassRate = int(50, 98);
        if (chance(0.8)) p.outcomes.placement = int(50, 95);
      }
      p.url = `https://${domain}/programs/medical-assisting-${credential}`;
      if (chance(0.02)) p.sponsored = true;
      p.verified = date();
      programs.push(p);
    }
  }
  return {
    catalogVersion: 1,
    meta: {
      title: { en: `Benchmark catalog: ${count} synthetic programs (seed ${seed})`, es: `Catálogo de prueba: ${count} programas ficticios (semilla ${seed})` },
      description: 'Generated by bench/generate.mjs. Made-up schools and figures, for measuring speed only.',
      updated: '2026-11-30',
      locales: ['en', 'es'],
      sample: true,
      sources: [],
    },
    programs,
  };
}

/**
 * The medical assisting programs of the IPEDS files in `dir` (hd2024.csv +
 * c2024_a_cip51.csv) as a catalog, made by the importer itself
 * (`ma-catalog import ipeds`, from dist/cli: `npm run build` first), with its
 * report; `undefined` when the files are absent. bench/finder.mjs uses the
 * shipped data/national-catalog.json, which is this import with a fixed date.
 */
export async function ipedsCatalog(dir, { verified = '2026-11-30' } = {}) {
  const directory = join(dir, 'hd2024.csv');
  const completions = join(dir, 'c2024_a_cip51.csv');
  if (!existsSync(directory) || !existsSync(completions)) return undefined;
  const { importIpeds } = await import(new URL('../dist/cli/import-ipeds.js', import.meta.url));
  return importIpeds({ directory, completions: [completions], verified });
}

// `node bench/generate.mjs [count] [seed] > catalog.json`: the synthetic catalog as JSON.
if (import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const [count, seed] = process.argv.slice(2).map(Number);
  process.stdout.write(JSON.stringify(generateCatalog({ count: count || undefined, seed: seed || undefined })));
}
