// `npm test`: everything, in the order that fails fastest. Each step's own
// output is shown; the last line sums up the tests that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureFirefox, firefoxMissingMessage } from './firefox-path.mjs';

const counts = { passed: 0, failed: 0 };
const REPORTS = { unit: '.cache/vitest.json', e2e: '.cache/playwright.json', firefox: '.cache/firefox.json' };

function run(title, command, env = {}) {
  console.log(`\n▶ ${title}: ${command}`);
  const result = spawnSync(command, { shell: true, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    tally();
    console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal}).`);
    summary();
    process.exit(1);
  }
}

function tally() {
  if (existsSync(REPORTS.unit)) {
    const report = JSON.parse(readFileSync(REPORTS.unit, 'utf8'));
    counts.passed += report.numPassedTests;
    counts.failed += report.numFailedTests;
    rmSync(REPORTS.unit);
  }
  if (existsSync(REPORTS.e2e)) {
    const { stats } = JSON.parse(readFileSync(REPORTS.e2e, 'utf8'));
    counts.passed += stats.expected;
    counts.failed += stats.unexpected + stats.flaky;
    rmSync(REPORTS.e2e);
  }
  if (existsSync(REPORTS.firefox)) {
    // Written by tests/firefox/smoke.mjs, which also prints `firefox: N passed, M failed`.
    const { passed, failed } = JSON.parse(readFileSync(REPORTS.firefox, 'utf8'));
    counts.passed += passed;
    counts.failed += failed;
    rmSync(REPORTS.firefox);
  }
}

function summary() {
  console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
}

rmSync('.cache', { recursive: true, force: true });
run('typecheck', 'npm run -s typecheck');
run('lint', 'npm run -s lint');
// The bundled pack's own items must pass its own guidelines (docs/admin.md).
run('bundled pack against its own guidelines', 'npm run -s pack -- validate --strict lib/pack/sample-pack.json');
run('unit tests', `npx vitest run --reporter=default --reporter=json --outputFile.json=${REPORTS.unit}`);
tally();
run('build (Chromium)', 'npm run -s build');
run('size budget', 'node scripts/size.mjs --check');
// Draws underlines as an overlay, for the fallback's end-to-end test.
run('build (Chromium, overlay underlines)', 'npm run -s build:overlay');
run('build (Firefox MV3)', 'npm run -s build:firefox');
run('web-ext lint (Firefox)', 'npm run -s lint:firefox');
run('replica pages', 'npm run -s fixtures');
run('end-to-end (Chromium)', 'npm run -s test:e2e -- --reporter=list,json', { PLAYWRIGHT_JSON_OUTPUT_FILE: REPORTS.e2e });
tally();
// Firefox where it can be had (Debian's firefox-esr, installed when running as
// root on Debian); skipped, not failed, where it cannot.
const firefox = ensureFirefox();
if (firefox) {
  run('end-to-end (Firefox)', 'npm run -s test:firefox', { FIREFOX_PATH: firefox, FIREFOX_REPORT: REPORTS.firefox });
  tally();
} else {
  console.log(`\n▶ end-to-end (Firefox): skipped, no Firefox here.\n${firefoxMissingMessage()}`);
}
summary();
