// Finds a Chromium for the tests: $CHROME_PATH, then `chromium`, `chromium-browser`,
// `google-chrome` on PATH; as root on Debian/Ubuntu, installs Debian's `chromium`.
// Otherwise it fails with one line that says what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function which(cmd) {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function findChromium({ install = true } = {}) {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = which(name);
    if (found) return found;
  }
  if (install && process.getuid?.() === 0 && which('apt-get')) {
    console.log('Chromium not found: installing Debian\'s "chromium" package (apt-get)…');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], { stdio: 'inherit' });
    return findChromium({ install: false });
  }
  return undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = findChromium();
  if (!path) {
    console.error('No Chromium found: install it (Debian: apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.');
    process.exit(1);
  }
  console.log(path);
}
