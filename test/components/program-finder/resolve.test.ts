import { expect } from '@open-wc/testing';
import { resolveFilters } from '../../../src/components/program-finder/resolve.js';
import { mergeSearch, ownParams, readUrl } from '../../../src/components/program-finder/params.js';

describe('resolveFilters: attributes < URL < person; hidden = locked', () => {
  const attrs = { state: 'TX' };
  it('never lets the URL replace or remove a filter the publisher set and hid', () => {
    expect(resolveFilters(attrs, ['state'], readUrl('?state=IL'), undefined)).to.deep.equal({ state: 'TX' });
    expect(resolveFilters(attrs, ['state'], readUrl('?delivery=online'), undefined)).to.deep.equal({ state: 'TX', delivery: ['online'] });
    expect(resolveFilters(attrs, ['state'], readUrl('?state='), undefined)).to.deep.equal({ state: 'TX' });
  });
  it('nor the person, nor a hand-off', () => {
    expect(resolveFilters(attrs, ['state'], undefined, { state: undefined, credential: ['diploma'] })).to.deep.equal({ state: 'TX', credential: ['diploma'] });
  });
  it('keeps a hidden filter the publisher did not set unset, whatever the URL says', () => {
    expect(resolveFilters({}, ['schedule'], readUrl('?schedule=weekend&state=CA'), undefined)).to.deep.equal({ state: 'CA' });
  });
  it('lays the URL over visible attributes group by group: a named group replaces, an empty one clears, others stay', () => {
    expect(resolveFilters({ state: 'TX', delivery: ['campus'] }, [], readUrl('?state=IL'), undefined)).to.deep.equal({ state: 'IL', delivery: ['campus'] });
    expect(resolveFilters({ state: 'TX' }, [], readUrl('?state='), undefined)).to.deep.equal({});
  });
  it('lays the person over both', () => {
    expect(resolveFilters({ state: 'TX' }, [], readUrl('?state=IL'), { state: 'CA', maxMonths: 12 })).to.deep.equal({ state: 'CA', maxMonths: 12 });
    expect(resolveFilters({ state: 'TX' }, [], undefined, { state: undefined })).to.deep.equal({});
  });
});

describe('finder URL parameters with a prefix', () => {
  it('reads and writes only its own parameters', () => {
    const search = '?q=aus&state=TX&finder2.state=CA&tab=2';
    expect(readUrl(search, 'finder2')).to.deep.equal({ filters: { state: 'CA' }, groups: ['state'], sort: undefined });
    expect(readUrl(search).filters).to.deep.equal({ q: 'aus', state: 'TX' });
    expect(mergeSearch(search, { state: 'NM', delivery: ['online'] }, 'name', 'finder2')).to.equal('?q=aus&state=TX&tab=2&finder2.state=NM&finder2.delivery=online&finder2.sort=name');
    expect(mergeSearch(search, {}, 'relevance')).to.equal('?finder2.state=CA&tab=2');
    expect(ownParams('?tab=3&finder2.state=CA', 'finder2')).to.equal(ownParams('?finder2.state=CA&tab=2', 'finder2'));
  });
  it('writes a removed attribute filter as empty, so a reload keeps it removed', () => {
    expect(mergeSearch('', {}, 'relevance', '', ['state'])).to.equal('?state=');
  });
});
