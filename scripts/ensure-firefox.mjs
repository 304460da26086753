// Finds Firefox for the smoke tests (tests/firefox/smoke.mjs), or installs
// Debian's firefox-esr when running as root on Debian, or says exactly what
// to install and exits non-zero.
import { ensureFirefox, firefoxMissingMessage } from './firefox-path.mjs';

const path = ensureFirefox();
if (!path) {
  console.error(firefoxMissingMessage());
  process.exit(1);
}
console.log(`Firefox: ${path}`);
