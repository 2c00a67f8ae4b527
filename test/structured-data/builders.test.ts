import { expect } from '@open-wc/testing';
import { loadDefaultCatalog } from '../../src/catalog/controller.js';
import { validateCatalog } from '../../src/catalog/validate.js';
import type { Catalog, Program } from '../../src/catalog/schema.js';
import { faqPageLd, howToLd, occupationLd, occupationsLd, programListLd, timeToComplete } from '../../src/structured-data/builders.js';
import { serializeJsonLd } from '../../src/structured-data/serialize.js';
import { content } from '../fixtures/content/catalog.js';

type Json = Record<string, unknown>;
/** Properties search engines document as required (Google's FAQ, HowTo, estimated salary and program guides), per @type. */
const REQUIRED: Record<string, string[]> = {
  FAQPage: ['mainEntity'],
  Question: ['name', 'acceptedAnswer'],
  Answer: ['text'],
  HowTo: ['name', 'step'],
  HowToStep: ['text'],
  Occupation: ['name', 'occupationalCategory', 'estimatedSalary'],
  MonetaryAmountDistribution: ['name', 'currency', 'duration', 'median'],
  ItemList: ['itemListElement'],
  ListItem: ['position', 'item'],
  EducationalOccupationalProgram: ['name', 'provider', 'educationalCredentialAwarded', 'timeToComplete'],
  EducationalOrganization: ['name'],
  Offer: ['category'],
  UnitPriceSpecification: ['price', 'priceCurrency'],
};

/** Every problem in a JSON-LD value: a missing required property, undefined, null, NaN, an empty string or an empty list. */
function problems(value: unknown, path = '$'): string[] {
  if (value === undefined) return [`${path}: undefined`];
  if (value === null) return [`${path}: null`];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path}: ${value}`];
  if (typeof value === 'string') return value.trim() ? [] : [`${path}: empty string`];
  if (Array.isArray(value)) return value.length ? value.flatMap((v, i) => problems(v, `${path}[${i}]`)) : [`${path}: empty list`];
  if (typeof value === 'object') {
    const o = value as Json;
    const type = o['@type'];
    const missing = typeof type === 'string' ? (REQUIRED[type] ?? []).filter((k) => !(k in o)).map((k) => `${path}: ${type} without ${k}`) : [];
    return [...missing, ...Object.entries(o).flatMap(([k, v]) => problems(v, `${path}.${k}`))];
  }
  return [];
}
const clean = (v: unknown) => expect(problems(v), JSON.stringify(v).slice(0, 200)).to.deep.equal([]);

describe('JSON-LD builders, on the default catalog', () => {
  let c: Catalog;
  before(async () => (c = await loadDefaultCatalog()));

  it('FAQPage: every question with its answer, in the language asked for', () => {
    const en = faqPageLd(c, 'en')!;
    clean(en);
    expect(en['@context']).to.equal('https://schema.org');
    expect(en.inLanguage).to.equal('en');
    const qs = en.mainEntity as unknown as Json[];
    expect(qs).to.have.length(c.faq!.length);
    expect(qs[0]).to.deep.equal({
      '@type': 'Question',
      name: 'How long does medical assistant training take?',
      acceptedAnswer: { '@type': 'Answer', text: (c.faq![0].answer as Record<string, string>).en },
    });
    expect(((faqPageLd(c, 'es')!.mainEntity as unknown as Json[])[0] as Json).name).to.equal('¿Cuánto dura la formación de asistente médico?');
  });

  it('HowTo: the four steps in order, numbered', () => {
    const ld = howToLd(c, 'en', 'How to become a medical assistant')!;
    clean(ld);
    const steps = ld.step as unknown as Json[];
    expect(steps.map((s) => [s.position, s.name])).to.deep.equal([
      [1, 'Complete a training program'],
      [2, 'Earn a certification'],
      [3, 'Gain work experience'],
      [4, 'Plan your next step'],
    ]);
    expect(howToLd(c, 'en', '  ')).to.equal(undefined);
  });

  it('Occupation: SOC code and the newest pay as a MonetaryAmountDistribution with percentiles, currency, period and source', () => {
    const ld = occupationLd(c, 'medical-assistants', 'en')!;
    clean(ld);
    expect(ld).to.include({ '@type': 'Occupation', name: 'Medical assistants', occupationalCategory: '31-9092', sameAs: 'https://www.bls.gov/ooh/healthcare/medical-assistants.htm' });
    expect(ld.estimatedSalary).to.deep.equal([
      {
        '@type': 'MonetaryAmountDistribution',
        name: 'base',
        currency: 'USD',
        duration: 'P1Y',
        percentile10: 36050,
        percentile25: 38470,
        median: 45690,
        percentile75: 49180,
        percentile90: 59310,
        description: 'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS), May 2025',
      },
    ]);
    expect(occupationLd(c, 'no-such-job', 'en')).to.equal(undefined);
    // Every occupation with a median gives a clean block; one without gives none (no incomplete Occupation).
    for (const o of c.occupations!) {
      const one = occupationLd(c, o.id, 'es');
      expect(one === undefined, o.id).to.equal(!o.pay?.some((p) => p.median != null));
      if (one) clean(one);
    }
  });

  it('several occupations (a salary table) as a @graph; one as itself', () => {
    const g = occupationsLd(c, ['medical-assistants', 'registered-nurses', 'medical-assistants'], 'en') as unknown as Json;
    expect(g['@context']).to.equal('https://schema.org');
    expect((g['@graph'] as unknown as Json[]).map((o) => [o['@type'], o.occupationalCategory, '@context' in o])).to.deep.equal([
      ['Occupation', '31-9092', false],
      ['Occupation', '29-1141', false],
    ]);
    expect((occupationsLd(c, ['medical-assistants'], 'en') as unknown as Json).name).to.equal('Medical assistants');
    expect(occupationsLd(c, [], 'en')).to.equal(undefined);
  });

  it('ItemList of EducationalOccupationalProgram: provider, credential, ISO 8601 length, mode and tuition where reported', () => {
    const first = c.programs.slice(0, 10);
    const ld = programListLd(first, 'en', { soc: '31-9092' })!;
    clean(ld);
    const items = (ld.itemListElement as unknown as Json[]).map((li) => li.item as Json);
    expect((ld.itemListElement as unknown as Json[]).map((li) => li.position)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    first.forEach((p, i) => {
      const item = items[i];
      expect(item.timeToComplete).to.match(/^P\d+M$/);
      expect('offers' in item, p.id).to.equal(!!p.tuition);
      expect('educationalProgramMode' in item, p.id).to.equal(!!p.delivery);
      expect((item.provider as Json).name).to.be.a('string');
    });
    const campus = c.programs.find((p) => p.delivery === 'campus' && p.tuition?.covers === 'program')!;
    const one = (programListLd([campus], 'es')!.itemListElement as unknown as Json[])[0].item as Json;
    expect(one.educationalProgramMode).to.equal('onsite');
    expect(one.offers).to.deep.equal({ '@type': 'Offer', category: 'Tuition', price: campus.tuition!.amount, priceCurrency: campus.tuition!.currency });
    expect(programListLd([], 'en')).to.equal(undefined);
  });

  it('timeToComplete takes the longer end of the range, in whole months', () => {
    expect(timeToComplete({ min: 9, max: 12 })).to.equal('P12M');
    expect(timeToComplete({ min: 9, max: 10.5 })).to.equal('P11M');
    expect(timeToComplete({ min: 0, max: 0 })).to.equal(undefined);
  });
});

describe('JSON-LD with hostile catalog strings', () => {
  const evil = '</script><script>alert(1)</script><!-- & \u2028\u2029 "quoted" \\ back';
  const hostile = validateCatalog({
    ...content,
    faq: [
      { id: 'x', question: evil, answer: { en: evil, es: '</SCRIPT >' } },
      { id: 'blank', question: ' ', answer: 'dropped: its question is only a space' },
    ],
    steps: [{ id: 's', title: evil, body: evil, link: { href: '#x', label: evil } }],
    occupations: [{ ...content.occupations![0], title: evil, summary: evil }],
  });

  it('serialises so that no catalog string can end or change the script block, and parses back to the same value', () => {
    for (const value of [faqPageLd(hostile, 'en'), howToLd(hostile, 'en', evil), occupationLd(hostile, 'ma', 'en'), faqPageLd(hostile, 'es')]) {
      const text = serializeJsonLd(value);
      expect(text).to.not.match(/[<>&\u2028\u2029]/);
      expect(JSON.parse(text)).to.deep.equal(value);
      clean(value);
    }
  });

  it('leaves out a question that is only white space', () => {
    expect((faqPageLd(hostile, 'en')!.mainEntity as unknown as Json[]).map((q) => q.name)).to.deep.equal([evil]);
  });

  it('carries only catalog text: nothing of the page or the visitor', () => {
    const text = serializeJsonLd([faqPageLd(content, 'en'), howToLd(content, 'en', 'How'), occupationLd(content, 'ma', 'en'), programListLd([] as Program[], 'en')]);
    expect(text).to.not.contain(location.host);
  });
});
