import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/internal/safe-url.js';

describe('safeUrl', () => {
  it('keeps http, https, mailto and tel links', () => {
    expect(safeUrl('https://example.edu/ma')).to.equal('https://example.edu/ma');
    expect(safeUrl('http://example.edu/')).to.equal('http://example.edu/');
    expect(safeUrl('mailto:admissions@example.edu')).to.equal('mailto:admissions@example.edu');
    expect(safeUrl('tel:+15555550100')).to.equal('tel:+15555550100');
  });

  it('resolves a relative link against the page', () => {
    expect(safeUrl('/programs/a')).to.equal(new URL('/programs/a', document.baseURI).href);
  });

  const dangerous = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];
  const disguises = (u: string) => [
    u,
    u.toUpperCase(),
    u.replace(/^./, (c) => c.toUpperCase()),
    `  ${u}`,
    `\n\t${u}`,
    `\u0001\u001f${u}`,
    u.replace(':', '\t:'),
    `${u.slice(0, 4)}\n${u.slice(4)}`,
  ];
  for (const u of dangerous) {
    it(`refuses ${u.split(':')[0]}: in any letter case and behind spaces or control characters`, () => {
      for (const variant of disguises(u)) expect(safeUrl(variant), JSON.stringify(variant)).to.equal(undefined);
    });
  }

  it('refuses other schemes, empty strings and non-strings', () => {
    for (const v of ['file:///etc/passwd', 'ftp://example.com', 'blob:https://x/y', '', '   ', null, undefined, 42, {}]) {
      expect(safeUrl(v), String(v)).to.equal(undefined);
    }
  });
});
