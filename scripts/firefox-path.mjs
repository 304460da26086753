// Where Debian's Firefox ESR lives; FIREFOX_PATH wins when set. Shared by the
// test runner and the Firefox smoke (tests/firefox/smoke.mjs). Never
// downloads a browser: on Debian, as root, it installs the distribution's
// package the way ensure-chromium.mjs installs Chromium.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr'];

export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

function isDebianLike() {
  return existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

/** Firefox's path, installing Debian's firefox-esr when it can (root on Debian); null when absent. */
export function ensureFirefox() {
  let path = findFirefox();
  if (!path && isDebianLike() && process.getuid?.() === 0) {
    console.log("Firefox not found: installing Debian's firefox-esr package (apt-get install -y --no-install-recommends firefox-esr)…");
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends firefox-esr', {
        stdio: 'inherit',
      });
    } catch {
      // Reported below as "not found".
    }
    path = findFirefox();
  }
  return path;
}

export function firefoxMissingMessage() {
  return [
    'The Firefox smoke tests need Firefox and could not find it.',
    isDebianLike()
      ? '  Install it with:  sudo apt-get install -y --no-install-recommends firefox-esr'
      : "  Install Firefox ESR from your system's packages,",
    '  or point FIREFOX_PATH at a Firefox binary.',
  ].join('\n');
}
