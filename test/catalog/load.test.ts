import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { loadCatalog, clearCatalogCache } from '../../src/catalog/load.js';
import { CatalogError } from '../../src/catalog/errors.js';
import { validateCatalog } from '../../src/catalog/validate.js';

const FIX = '/test/fixtures/catalogs/';

async function rejection(p: Promise<unknown>): Promise<CatalogError> {
  try {
    await p;
  } catch (e) {
    return e as CatalogError;
  }
  throw new Error('expected a rejection');
}

/** A fetch stub answering with a fixed status and body, counting its calls. */
function stubFetch(status: number, body: string, delay = 0) {
  const calls: string[] = [];
  const fn = (async (url: string, init?: RequestInit) => {
    calls.push(url);
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(resolve, delay);
      init?.signal?.addEventListener('abort', () => {
        clearTimeout(t);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
    return new Response(body, { status, statusText: status === 404 ? 'Not Found' : '' });
  }) as typeof fetch;
  return { fn, calls };
}

describe('loadCatalog', () => {
  beforeEach(() => clearCatalogCache());

  it('loads and validates a catalog from a URL', async () => {
    const c = await loadCatalog(FIX + 'valid-minimal.json');
    expect(c.programs[0].id).to.equal('evc-ma-cert');
    expect(c.meta.sources[0].vintage).to.equal('2024-34');
  });

  it('reports 404 and 500 as http errors with their status', async () => {
    const e404 = await rejection(loadCatalog(FIX + 'missing.json'));
    expect(e404).to.be.instanceOf(CatalogError);
    expect(e404.kind).to.equal('http');
    expect(e404.status).to.equal(404);
    const e500 = await rejection(loadCatalog('https://example.test/c.json', { fetch: stubFetch(500, 'oops').fn }));
    expect([e500.kind, e500.status]).to.deep.equal(['http', 500]);
  });

  it('reports a network failure', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const e = await rejection(loadCatalog('https://example.test/n.json', { fetch: failing }));
    expect(e.kind).to.equal('network');
  });

  it('reports a body that breaks off half-way as a network error, not a raw exception', async () => {
    const broken = (async () =>
      new Response(
        new ReadableStream({
          start(c) {
            c.error(new TypeError('connection reset'));
          },
        }),
      )) as typeof fetch;
    const e = await rejection(loadCatalog('https://example.test/broken.json', { fetch: broken }));
    expect(e).to.be.instanceOf(CatalogError);
    expect(e.kind).to.equal('network');
  });

  it('times out', async () => {
    const slow = stubFetch(200, '{}', 5000);
    const e = await rejection(loadCatalog('https://example.test/slow.json', { fetch: slow.fn, timeout: 50 }));
    expect(e.kind).to.equal('timeout');
    expect(e.message).to.contain('50 ms');
  });

  it('takes a timeout that is not a positive number as the default, instead of failing at once', async () => {
    for (const timeout of [NaN, 0, -5]) {
      clearCatalogCache();
      const c = await loadCatalog(FIX + 'valid-minimal.json?t=' + timeout, { timeout });
      expect(c.programs, String(timeout)).to.have.length(1);
    }
  });

  it('reports invalid JSON as not-json', async () => {
    const e = await rejection(loadCatalog(FIX + 'not-json.json'));
    expect(e.kind).to.equal('not-json');
  });

  it('reports schema errors with their JSON paths', async () => {
    const e = await rejection(loadCatalog(FIX + 'invalid-programs.json'));
    expect(e.kind).to.equal('schema');
    const lines = e.issues.map((i) => `${i.path}: ${i.message}`);
    expect(lines).to.include('programs[0].delivery: expected one of "online", "hybrid", "campus"');
    expect(lines).to.include('programs[0].credential: required: one of "certificate", "diploma", "associate", "bachelor"');
    expect(lines).to.include('programs[0].tuition.amount: must be at least 0');
    expect(lines).to.include('programs[0].url: expected an http:// or https:// URL');
    expect(lines).to.include('programs[0].tution: unknown field (check its spelling)');
  });

  it('reports broken references and formats', async () => {
    const ref = await rejection(loadCatalog(FIX + 'invalid-reference.json'));
    expect(ref.issues.map((i) => i.path)).to.deep.equal(['occupations[0].outlook.source']);
    const fmt = await rejection(loadCatalog(FIX + 'invalid-formats.json'));
    expect(fmt.issues).to.deep.include({ path: 'meta.updated', message: 'expected a date as YYYY-MM-DD' });
    expect(fmt.issues).to.deep.include({ path: 'programs[0].location.state', message: 'expected a 2-letter state code such as "TX"' });
  });

  it('refuses another catalog version', async () => {
    const e = await rejection(loadCatalog(FIX + 'wrong-version.json'));
    expect(e.kind).to.equal('unsupported-version');
    expect(e.issues[0].path).to.equal('catalogVersion');
  });

  it('makes one request for callers of the same URL, and resolves each', async () => {
    const s = stubFetch(200, JSON.stringify(validateCatalog(await (await fetch(FIX + 'valid-minimal.json')).json())), 20);
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => loadCatalog('https://example.test/shared.json', { fetch: s.fn })));
    expect(s.calls).to.have.length(1);
    expect(a).to.equal(b);
    expect(b).to.equal(c);
    await loadCatalog('https://example.test/shared.json', { fetch: s.fn });
    expect(s.calls, 'a success is kept for the page').to.have.length(1);
  });

  it('forgets failures so that a retry fetches again', async () => {
    const s = stubFetch(404, '');
    await rejection(loadCatalog('https://example.test/retry.json', { fetch: s.fn }));
    await rejection(loadCatalog('https://example.test/retry.json', { fetch: s.fn }));
    expect(s.calls).to.have.length(2);
  });

  it('lets one caller abort without cancelling the others, and cancels when nobody waits', async () => {
    const s = stubFetch(200, await (await fetch(FIX + 'valid-minimal.json')).text(), 50);
    const a = new AbortController();
    const first = loadCatalog('https://example.test/abort.json', { fetch: s.fn, signal: a.signal });
    const second = loadCatalog('https://example.test/abort.json', { fetch: s.fn });
    a.abort();
    const e = await rejection(first);
    expect(e.name).to.equal('AbortError');
    expect((await second).programs).to.have.length(1);

    const lone = new AbortController();
    const p = loadCatalog('https://example.test/lone.json', { fetch: s.fn, signal: lone.signal });
    lone.abort();
    expect((await rejection(p)).name).to.equal('AbortError');
    // The abandoned request was dropped: a new caller starts a fresh one.
    await loadCatalog('https://example.test/lone.json', { fetch: s.fn });
    expect(s.calls.filter((u) => u.endsWith('lone.json'))).to.have.length(2);
  });
});

/** A sinon stub of fetch answering with these statuses in turn (the last one repeats). */
function sequence(body: string, ...answers: (number | Error | { status: number; headers: Record<string, string> })[]) {
  const times: number[] = [];
  const stub = sinon.stub<Parameters<typeof fetch>, ReturnType<typeof fetch>>().callsFake(async () => {
    const a = answers[Math.min(times.length, answers.length - 1)];
    times.push(performance.now());
    if (a instanceof Error) throw a;
    const { status, headers } = typeof a === 'number' ? { status: a, headers: {} } : a;
    return new Response(status === 200 ? body : 'busy', { status, headers });
  });
  return { fn: stub as unknown as typeof fetch, stub, times };
}

describe('loadCatalog: transient failures', () => {
  let body: string;
  before(async () => {
    body = await (await fetch(FIX + 'valid-minimal.json')).text();
  });
  beforeEach(() => clearCatalogCache());

  it('retries 503, 503, then shows the programs: 3 requests, with growing waits between them', async () => {
    const s = sequence(body, 503, 503, 200);
    const c = await loadCatalog('https://example.test/busy.json', { fetch: s.fn });
    expect(c.programs).to.have.length(1);
    expect(s.stub.callCount).to.equal(3);
    const [a, b, d] = s.times;
    expect(b - a, 'first backoff').to.be.at.least(140);
    expect(d - b, 'second backoff, doubled').to.be.at.least(290);
  });

  it('retries network errors and 408, 429, 500, 502, 504', async () => {
    for (const first of [new TypeError('Failed to fetch'), 408, 429, 500, 502, 504]) {
      const s = sequence(body, first, 200);
      const c = await loadCatalog(`https://example.test/t-${String(first).slice(0, 3)}.json`, { fetch: s.fn });
      expect(c.programs, String(first)).to.have.length(1);
      expect(s.stub.callCount).to.equal(2);
    }
  });

  it('does not retry a 404 or 403, and gives up after two retries', async () => {
    for (const status of [404, 403]) {
      const s = sequence(body, status);
      const e = await rejection(loadCatalog(`https://example.test/${status}.json`, { fetch: s.fn }));
      expect([e.kind, e.status]).to.deep.equal(['http', status]);
      expect(s.stub.callCount).to.equal(1);
    }
    const down = sequence(body, 503);
    const e = await rejection(loadCatalog('https://example.test/down.json', { fetch: down.fn }));
    expect(e.status).to.equal(503);
    expect(down.stub.callCount).to.equal(3);
  });

  it('waits as long as Retry-After says, and fails at once when that would not fit in the budget', async () => {
    const s = sequence(body, { status: 503, headers: { 'retry-after': '1' } }, 200);
    await loadCatalog('https://example.test/after.json', { fetch: s.fn });
    expect(s.times[1] - s.times[0]).to.be.at.least(950);
    const long = sequence(body, { status: 429, headers: { 'retry-after': '3600' } }, 200);
    const t0 = performance.now();
    const e = await rejection(loadCatalog('https://example.test/later.json', { fetch: long.fn, timeout: 3000 }));
    expect([e.kind, e.status, long.stub.callCount]).to.deep.equal(['http', 429, 1]);
    expect(performance.now() - t0, 'did not sit out the budget').to.be.below(2000);
  });

  it('retries an attempt whose server does not answer, within the budget', async () => {
    let n = 0;
    const hang = (async (_u: string, init?: RequestInit) => {
      if (n++ === 0) await new Promise((_r, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      return new Response(body);
    }) as typeof fetch;
    const c = await loadCatalog('https://example.test/hang.json', { fetch: hang, timeout: 1500 });
    expect(c.programs).to.have.length(1);
    expect(n).to.equal(2);
  });

  it('a caller that joins while the load is retrying makes no request of its own', async () => {
    const s = sequence(body, 503, 200);
    const first = loadCatalog('https://example.test/join.json', { fetch: s.fn });
    await waitUntil(() => s.stub.callCount === 1);
    await new Promise((r) => setTimeout(r, 50)); // inside the backoff
    const own = sequence(body, 200);
    const second = loadCatalog('https://example.test/join.json', { fetch: own.fn });
    const [a, b] = await Promise.all([first, second]);
    expect(a).to.equal(b);
    expect(own.stub.called).to.equal(false);
    expect(s.stub.callCount).to.equal(2);
  });

  it('a shared request lasts as long as the longest budget of its callers, not the first caller\'s', async () => {
    const slow = stubFetch(200, body, 400);
    const short = loadCatalog('https://example.test/budgets.json', { fetch: slow.fn, timeout: 100 });
    const long = loadCatalog('https://example.test/budgets.json', { fetch: slow.fn, timeout: 5000 });
    const e = await rejection(short);
    expect(e.kind).to.equal('timeout');
    expect(e.message).to.contain('100 ms');
    expect((await long).programs).to.have.length(1);
    expect(slow.calls).to.have.length(1);
  });
});
