#!/usr/bin/env node
/**
 * `npm run bench:import`: `ma-catalog import ipeds` on a whole year's worth
 * of completions (BENCH_ROWS, default 280,000 rows, every CIP family, about
 * 7-20 MB, written as NCES writes it: byte-order mark, CRLF) plus a directory
 * of 6,000 institutions (72 of HD2024's columns), both generated into a
 * temporary folder from a fixed seed. Times the built CLI in a child process
 * (wall time, peak RSS) against the budget in DESIGN.md: 20 s and 400 MB.
 * Made-up institutions and figures; nothing here is NCES data.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROWS = Number(process.env.BENCH_ROWS) || 280_000;
const INSTITUTIONS = 6_000;
const BUDGET = { seconds: 20, mb: 400 };
if (!existsSync(join(root, 'dist/cli/main.js'))) {
  console.error('dist/cli/main.js is missing: run `npm run build` first.');
  process.exit(1);
}

const rnd = prng(20261202);
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (list) => list[Math.floor(rnd() * list.length)];

// About 2,000 CIP codes over the families NCES uses (01-60), 51.0801 among them.
const families = [...Array(60)].map((_, i) => String(i + 1).padStart(2, '0'));
const cips = new Set(['51.0801']);
while (cips.size < 2000) cips.add(`${pick(families)}.${String(int(1, 9999)).padStart(4, '0')}`);
const CIPS = [...cips];
const LEVELS = ['20', '21', '2', '3', '4', '5', '6', '7', '8', '17', '18', '19'];

async function write(file, lines) {
  const out = createWriteStream(file);
  out.write('\ufeff');
  for (const line of lines()) if (!out.write(line + '\r\n')) await new Promise((r) => out.once('drain', r));
  await new Promise((r, j) => out.end((e) => (e ? j(e) : r())));
}

const HD_COLUMNS = 'UNITID,INSTNM,IALIAS,ADDR,CITY,STABBR,ZIP,FIPS,OBEREG,CHFNM,CHFTITLE,GENTELE,EIN,UEIS,OPEID,OPEFLAG,WEBADDR,ADMINURL,FAIDURL,APPLURL,NPRICURL,VETURL,ATHURL,DISAURL,SECTOR,ICLEVEL,CONTROL,HLOFFER,UGOFFER,GROFFER,HDEGOFR1,DEGGRANT,HBCU,HOSPITAL,MEDICAL,TRIBAL,LOCALE,OPENPUBL,ACT,NEWID,DEATHYR,CLOSEDAT,CYACTIVE,POSTSEC,PSEFLAG,PSET4FLG,RPTMTH,INSTCAT,C00CARNEGIE,C21BASIC,CARNEGIEIC,CARNEGIESAEC,CARNEGIERSCH,CARNEGIESIZE,CARNEGIEALF,CARNEGIEAPM,CARNEGIEGPM,LANDGRNT,INSTSIZE,F1SYSTYP,F1SYSNAM,F1SYSCOD,CBSA,CBSATYPE,CSA,COUNTYCD,COUNTYNM,CNGDSTCD,LONGITUD,LATITUDE,DFRCGID,DFRCUSCG'.split(',');
const STATES = 'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI'.split(' ');
const unitIds = [...Array(INSTITUTIONS)].map((_, i) => 100000 + i * 7);

const dir = mkdtempSync(join(tmpdir(), 'ma-bench-ipeds-'));
const hd = join(dir, 'hd2024.csv');
const c = join(dir, 'c2024_a.csv');
try {
  const t0 = performance.now();
  await write(hd, function* () {
    yield HD_COLUMNS.join(',');
    for (const id of unitIds) {
      const v = Object.fromEntries(HD_COLUMNS.map((k) => [k, String(int(1, 9))]));
      Object.assign(v, {
        UNITID: String(id),
        INSTNM: `"Bench Institute ${id}, Campus ${int(1, 9)}"`,
        CITY: `Town ${int(1, 900)}`,
        STABBR: pick(STATES),
        ZIP: rnd() < 0.5 ? String(int(10000, 99999)) : `${int(10000, 99999)}-${int(1000, 9999)}`,
        WEBADDR: rnd() < 0.6 ? `www.bench${id}.example.edu/` : `https://www.bench${id}.example.edu/`,
        CONTROL: String(int(1, 3)),
        OPEFLAG: rnd() < 0.95 ? '1' : '5',
        CYACTIVE: rnd() < 0.99 ? '1' : '2',
        CLOSEDAT: rnd() < 0.99 ? '-2' : '06/30/2024',
        LATITUDE: (25 + rnd() * 23).toFixed(6),
        LONGITUD: (-70 - rnd() * 50).toFixed(6),
        F1SYSNAM: '-2',
        COUNTYNM: `"County ${int(1, 99)}, ${pick(STATES)}"`,
      });
      yield HD_COLUMNS.map((k) => v[k]).join(',');
    }
  });
  let written = 0;
  const seen = new Set();
  await write(c, function* () {
    yield 'UNITID,CIPCODE,MAJORNUM,AWLEVEL,XCTOTALT,CTOTALT,XCTOTALM,CTOTALM,XCTOTALW,CTOTALW';
    while (written < ROWS) {
      const id = pick(unitIds);
      // One in 40 rows medical assisting, as a health-heavy year would have it; the rest any CIP code.
      const cip = rnd() < 0.025 ? '51.0801' : pick(CIPS);
      const level = pick(LEVELS);
      const major = rnd() < 0.9 ? '1' : '2';
      const key = `${id}|${cip}|${major}|${level}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const m = int(0, 40), w = int(0, 60);
      written++;
      yield `${id},${cip},${major},${level},R,${m + w},R,${m},R,${w}`;
    }
  });
  const genSeconds = (performance.now() - t0) / 1000;

  // The CLI in its own process; it reports its own peak RSS (kilobytes on Linux) when it ends.
  const runner = `import { main } from ${JSON.stringify(join(root, 'dist/cli/main.js'))};
const code = await main(process.argv.slice(1));
process.stderr.write('\\n@@maxrss ' + process.resourceUsage().maxRSS + '\\n');
process.exitCode = code;`;
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', runner, 'import', 'ipeds', '--directory', hd, '--completions', c, '--out', join(dir, 'out.json')], { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) {
    console.error(r.stderr);
    throw new Error(`import exited ${r.status}`);
  }
  const rssMb = Number(/@@maxrss (\d+)/.exec(r.stderr)[1]) / 1024;
  const report = r.stderr.replace(/\n@@maxrss.*\n/, '').trimEnd();
  const mb = (f) => (statSync(f).size / 1e6).toFixed(1);
  const verdict = (x, b) => (x <= b ? 'met' : '**MISSED**');
  console.log(`## ma-catalog import ipeds on a whole year's completions (generated)

Inputs (made up, seed 20261202): ${c.split(/[\\/]/).pop()} ${written.toLocaleString('en-US')} rows, ${CIPS.length.toLocaleString('en-US')} CIP codes, ${mb(c)} MB; hd2024.csv ${INSTITUTIONS.toLocaleString('en-US')} institutions × ${HD_COLUMNS.length} columns, ${mb(hd)} MB (generated in ${genSeconds.toFixed(1)} s).

| measure | result | budget | verdict |
| --- | --- | --- | --- |
| wall time (node start to exit, output written) | ${seconds.toFixed(2)} s | ${BUDGET.seconds} s | ${verdict(seconds, BUDGET.seconds)} |
| peak RSS of the import process | ${rssMb.toFixed(0)} MB | ${BUDGET.mb} MB | ${verdict(rssMb, BUDGET.mb)} |

Node ${process.version}, ${process.platform}. The import's own report:

\`\`\`
${report}
\`\`\``);
  if (seconds > BUDGET.seconds || rssMb > BUDGET.mb) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
