// Finds Chromium for the end-to-end tests, or installs Debian's package when
// running as root on Debian, or says exactly what to install. No downloads
// of browser builds (`npx playwright install` is not used).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

function isDebianLike() {
  return existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

let path = findChromium();
if (!path && isDebianLike() && process.getuid?.() === 0) {
  console.log('Chromium not found: installing Debian\'s chromium package (apt-get install -y chromium)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  path = findChromium();
}
if (!path) {
  console.error(
    [
      'Chorus end-to-end tests need Chromium and could not find it.',
      isDebianLike() ? '  Install it with:  sudo apt-get install -y chromium' : '  Install Chromium (or Chrome) from your system\'s packages,',
      '  or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Chromium: ${path}`);
