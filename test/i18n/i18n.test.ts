import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import { registeredMessages, coreMessages } from '../../src/i18n/messages.js';
import { closestLang, localize, resolveLang, toLocale } from '../../src/i18n/lang.js';
import { formatDate, formatMoney, formatPercent } from '../../src/i18n/format.js';

describe('message tables', () => {
  it('exist for every widget loaded by all.js, with the same keys in English and Spanish', () => {
    const tables = registeredMessages();
    expect(tables.has('core')).to.equal(true);
    for (const [name, t] of tables) {
      expect(Object.keys(t.es).sort(), name).to.deep.equal(Object.keys(t.en).sort());
      for (const key of Object.keys(t.en)) {
        const en = t.en[key];
        const es = t.es[key];
        expect(typeof es, `${name}.${key}`).to.equal(typeof en);
        if (typeof en === 'string') expect(es, `${name}.${key} is translated`).to.not.equal('');
        if (typeof en === 'function') expect((es as (...a: unknown[]) => string).length, `${name}.${key} takes the same values`).to.equal(en.length);
      }
    }
  });

  it('say "not reported" in each language', () => {
    expect(coreMessages('en').notReported).to.equal('Not reported');
    expect(coreMessages('es').notReported).to.equal('Sin datos');
  });
});

describe('language resolution', () => {
  it('maps language tags to the locales we speak', () => {
    expect(toLocale('es-MX')).to.equal('es');
    expect(toLocale('EN_us')).to.equal('en');
    expect(toLocale('fr')).to.equal(undefined);
    expect(toLocale('')).to.equal(undefined);
  });

  it('uses the element, else the nearest [lang] ancestor across shadow roots, else the document', async () => {
    const wrap = await fixture(html`<section lang="es"><div lang=""><span id="a"></span></div><p lang="en"><b id="b"></b></p></section>`);
    expect(resolveLang(wrap.querySelector('#a')!)).to.equal('es');
    expect(resolveLang(wrap.querySelector('#b')!)).to.equal('en');
    const host = wrap.querySelector('div')!;
    const inner = host.attachShadow({ mode: 'open' });
    inner.innerHTML = '<i></i>';
    expect(closestLang(inner.querySelector('i')!)).to.equal('es');
    const free = document.createElement('span');
    document.body.append(free);
    const before = document.documentElement.lang;
    document.documentElement.lang = 'es-US';
    expect(resolveLang(free)).to.equal('es');
    document.documentElement.lang = before;
    free.remove();
  });

  it('picks catalog texts in the wanted language, falling back to English', () => {
    expect(localize({ en: 'Certificate', es: 'Certificado' }, 'es')).to.equal('Certificado');
    expect(localize({ en: 'Certificate' }, 'es')).to.equal('Certificate');
    expect(localize({ 'es-MX': 'Certificado' }, 'es')).to.equal('Certificado');
    expect(localize('Example Valley College', 'es')).to.equal('Example Valley College');
    expect(localize(undefined, 'en')).to.equal('');
  });
});

describe('Intl formatting', () => {
  it('formats money in English and Spanish, full and compact', () => {
    expect(formatMoney(44200, 'en')).to.equal('$44,200');
    expect(formatMoney(44200, 'es')).to.match(/^44,200\s?\$$|^\$44,200$|^44\.200\s?\$$/);
    expect(formatMoney(44200, 'en', { compact: true })).to.equal('$44.2K');
    expect(formatMoney(45000, 'en', { compact: true })).to.equal('$45K');
  });

  it('formats percentages with a sign on demand, and calendar dates without a time-zone shift', () => {
    expect(formatPercent(12.5, 'en')).to.equal('12.5%');
    expect(formatPercent(112, 'en', { signed: true })).to.equal('+112%');
    expect(formatDate('2026-11-01', 'en')).to.equal('November 1, 2026');
    expect(formatDate('2026-11-01', 'es')).to.equal('1 de noviembre de 2026');
  });
});
