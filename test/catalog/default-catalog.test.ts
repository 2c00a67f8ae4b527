import { expect } from '@open-wc/testing';
import { loadDefaultCatalog } from '../../src/catalog/controller.js';
import { ACCREDITORS, CREDENTIALS, DELIVERY, type Catalog, type LocalizedText } from '../../src/catalog/schema.js';

describe('the default catalog', () => {
  let c: Catalog;
  before(async () => {
    c = await loadDefaultCatalog();
  });

  it('validates and is marked as sample data', () => {
    expect(c.catalogVersion).to.equal(1);
    expect(c.meta.sample).to.equal(true);
  });

  it('has at least 40 programs in at least 12 states, covering every delivery, credential and accreditor', () => {
    expect(c.programs.length).to.be.at.least(40);
    expect(new Set(c.programs.map((p) => p.location.state)).size).to.be.at.least(12);
    for (const d of DELIVERY) expect(c.programs.some((p) => p.delivery === d), d).to.equal(true);
    expect(c.programs.some((p) => p.delivery === undefined), 'some delivery not reported').to.equal(true);
    for (const cr of CREDENTIALS) expect(c.programs.some((p) => p.credential === cr), cr).to.equal(true);
    for (const a of ACCREDITORS) expect(c.programs.some((p) => p.accreditation?.body === a), a).to.equal(true);
    expect(c.programs.some((p) => !p.accreditation)).to.equal(true);
    expect(c.programs.some((p) => p.sponsored)).to.equal(true);
  });

  it('uses plainly example schools and example domains', () => {
    for (const p of c.programs) {
      expect(new URL(p.url ?? "").hostname, p.id).to.match(/(^|\.)example\.(edu|org|com)$/);
    }
  });

  it('carries the BLS figures for medical assistants with source and vintage', () => {
    const ma = c.occupations!.find((o) => o.id === 'medical-assistants')!;
    expect(ma.soc).to.equal('31-9092');
    const sources = new Map(c.meta.sources.map((s) => [s.id, s]));
    const may2024 = ma.pay!.find((p) => p.vintage === 'May 2024')!;
    expect(may2024.median).to.equal(44200);
    const may2025 = ma.pay!.find((p) => p.vintage === 'May 2025')!;
    expect([may2025.p10, may2025.p25, may2025.median, may2025.p75, may2025.p90]).to.deep.equal([36050, 38470, 45690, 49180, 59310]);
    expect(ma.outlook).to.include({ growthPct: 12.5, openingsPerYear: 112300, jobs: 811000, period: '2024-34' });
    for (const p of ma.pay!) expect(sources.has(p.source)).to.equal(true);
  });

  it('has the career-path occupations, the eight paths, the PayScale table with attribution, four steps and five FAQ', () => {
    expect(c.occupations!.length).to.be.at.least(9);
    const paths = c.careerPaths!.filter((p) => p.from === 'medical-assistants');
    expect(paths).to.have.length(8);
    expect(new Set(paths.map((p) => p.kind))).to.deep.equal(new Set(['lateral', 'advance']));
    const payscale = c.salaryTables!.find((t) => c.meta.sources.find((s) => s.id === t.source)?.id === 'payscale')!;
    expect(payscale.rows).to.have.length(4);
    expect(JSON.stringify(c.meta.sources.find((s) => s.id === 'payscale'))).to.match(/PayScale/);
    const bls = c.salaryTables!.find((t) => t.source === 'bls-oews')!;
    expect(JSON.stringify(bls.note)).to.match(/percentile/i);
    expect(c.steps).to.have.length(4);
    expect(c.faq).to.have.length(5);
  });

  it('says everything a person reads in English and Spanish', () => {
    const missing: string[] = [];
    const visit = (v: unknown, path: string) => {
      if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${path}[${i}]`));
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        const keys = Object.keys(o);
        if (keys.length && keys.every((k) => /^[a-z]{2}$/.test(k)) && keys.every((k) => typeof o[k] === 'string')) {
          if (!('en' in o) || !('es' in o)) missing.push(path);
          return;
        }
        for (const k of keys) visit(o[k], `${path}.${k}`);
      }
    };
    visit(c, '');
    expect(missing).to.deep.equal([]);
    const texts: LocalizedText[] = [c.meta.title, ...c.steps!.flatMap((s) => [s.title, s.body]), ...c.faq!.flatMap((f) => [f.question, f.answer])];
    for (const t of texts) expect(typeof t, JSON.stringify(t)).to.equal('object');
  });
});
