import { expect } from '@open-wc/testing';
import { validateCatalog } from '../../src/catalog/validate.js';
import { loadDefaultCatalog } from '../../src/catalog/controller.js';
import type { CatalogError } from '../../src/catalog/errors.js';
import { content } from '../fixtures/content/catalog.js';

function issues(catalog: unknown): string[] {
  try {
    validateCatalog(catalog);
    return [];
  } catch (e) {
    return (e as CatalogError).issues.map((i) => `${i.path}: ${i.message}`);
  }
}
const withStepHref = (href: string) => ({ ...content, steps: [{ ...content.steps![0], link: { href, label: 'Go' } }] });

describe('catalog fields for the content widgets', () => {
  it('steps[].link.href: a #id on the page, a relative path or an http(s) URL; nothing else', () => {
    for (const ok of ['#find', '#faq-how-long', '/apply', './apply.html', '../x', 'https://example.org/a?b=1']) expect(issues(withStepHref(ok)), ok).to.deep.equal([]);
    for (const bad of ['javascript:alert(1)', '//evil.example/x', 'find', '#', 'data:text/html,x', 'https://a b']) {
      expect(issues(withStepHref(bad)), bad).to.have.length(1);
      expect(issues(withStepHref(bad))[0], bad).to.match(/^steps\[0\]\.link\.href: expected "#id"/);
    }
  });

  it('occupations[].industries[]: a share from 0 to 100 with a known source and a vintage', () => {
    const occ = content.occupations![0];
    const withShare = (s: object) => ({ ...content, occupations: [{ ...occ, industries: [{ ...occ.industries![0], ...s }] }] });
    expect(issues(withShare({}))).to.deep.equal([]);
    expect(issues(withShare({ share: 101 }))[0]).to.match(/^occupations\[0\]\.industries\[0\]\.share: /);
    expect(issues(withShare({ vintage: '' }))[0]).to.match(/^occupations\[0\]\.industries\[0\]\.vintage: /);
    expect(issues(withShare({ source: 'nowhere' }))).to.deep.equal(['occupations[0].industries[0].source: unknown source "nowhere" (not in meta.sources)']);
  });

  it('the default catalog carries only the guide\'s 57% in physicians\' offices, as BLS quoted by the guide, vintage not stated', async () => {
    const c = await loadDefaultCatalog();
    const withShares = c.occupations!.filter((o) => o.industries?.length);
    expect(withShares.map((o) => o.id)).to.deep.equal(['medical-assistants']);
    const [share] = withShares[0].industries!;
    expect(withShares[0].industries).to.have.length(1);
    expect(share).to.deep.include({ share: 57, vintage: 'not stated', label: { en: "Physicians' offices", es: 'Consultorios médicos' } });
    const source = c.meta.sources.find((s) => s.id === share.source)!;
    expect(source.vintage).to.equal('not stated');
    expect(source.name).to.deep.equal({ en: 'U.S. Bureau of Labor Statistics, as quoted by the source guide', es: 'Oficina de Estadísticas Laborales de EE. UU. (BLS), según la cita la guía de origen' });
    expect(c.steps!.filter((s) => s.link).map((s) => s.link!.href)).to.deep.equal(['#find', '#compare', '#paths']);
  });
});
