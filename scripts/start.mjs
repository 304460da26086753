// `npm start`: build the extension and the replica pages, then open Chromium
// with Chorus loaded on the LinkedIn replica (and the X replica in a second
// tab), using the bundled sample pack, in a window wide enough for the
// replicas' desktop layout. The open-panel command gets its key in this
// profile if it has none, so the first press works. With no display it runs
// headless, opens the panel, saves screenshots once suggestions show and says
// how to watch it live.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './chromium-path.mjs';

function step(command) {
  const result = spawnSync(command, { shell: true, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step('npx wxt build');
step('node scripts/build-fixtures.mjs');
step('node scripts/ensure-chromium.mjs');

const { routeReplicas, LINKEDIN_FEED, X_HOME, OPEN_PANEL_SUGGESTED_KEY, ensureOpenPanelKeys } = await import(
  '../tests/e2e/start-kit.ts'
).catch(async () => {
  // Node cannot import TypeScript: bundle the helpers on the fly.
  const { buildSync } = await import('esbuild');
  // Beside the source, so the paths it resolves from its own URL still hold.
  const outfile = resolve('tests/e2e/.start-kit.bundle.mjs');
  buildSync({ entryPoints: ['tests/e2e/start-kit.ts'], bundle: true, platform: 'node', format: 'esm', outfile, packages: 'external' });
  return import(outfile);
});

// The replicas copy LinkedIn's and X's desktop layouts, which scroll sideways
// below about 1280 px; 1366x900 is the most common laptop screen.
const WINDOW = { width: 1366, height: 900 };
const extension = resolve('.output/chrome-mv3');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const context = await chromium.launchPersistentContext(resolve('.cache/start-profile'), {
  executablePath: findChromium(),
  headless,
  // Headed, the page takes the window's size (Playwright's fixed viewport would not follow a resize).
  viewport: headless ? WINDOW : null,
  args: [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    `--window-size=${WINDOW.width},${WINDOW.height}`,
    ...CHROMIUM_FLAGS,
  ],
});
await routeReplicas(context);

// Chromium leaves the command without a key when its suggested key is taken,
// and a person may have cleared it in this profile on an earlier run: give it
// the suggested key then, as chrome://extensions/shortcuts would. A key the
// person chose stays.
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const { keys, changed } = await ensureOpenPanelKeys(context, worker, OPEN_PANEL_SUGGESTED_KEY);
if (changed) {
  console.log(keys ? `The open-panel shortcut had no key in this profile; it is ${keys} now.` : 'Could not set the open-panel shortcut; set it at chrome://extensions/shortcuts.');
}
const linkedin = context.pages()[0] ?? (await context.newPage());
await linkedin.goto(LINKEDIN_FEED);
const x = await context.newPage();
await x.goto(X_HOME);
await linkedin.bringToFront();

if (!headless) {
  console.log('\nChorus is running on the LinkedIn replica (first tab) and the X replica (second tab).');
  console.log(`Click "Start a post", then the purple Chorus button in the editor${keys ? ` (or press ${keys} while writing)` : ''}. Close the browser to stop.`);
  await new Promise((done) => context.on('close', done));
} else {
  mkdirSync('.cache', { recursive: true });
  // Each screenshot once the panel shows its suggestion cards, not "Loading suggestions…".
  const openPanel = async (page, surface) => {
    const host = page.locator(`chorus-assistant[data-surface="${surface}"]`);
    await host.locator('.launcher').click({ timeout: 10_000 });
    await host.locator('.panel .card').first().waitFor({ state: 'visible', timeout: 15_000 });
  };
  await linkedin.getByRole('button', { name: 'Start a post' }).click();
  await openPanel(linkedin, 'share');
  await linkedin.screenshot({ path: '.cache/start-linkedin.png' });
  await x.bringToFront();
  await openPanel(x, 'inline');
  await x.screenshot({ path: '.cache/start-x.png' });
  await context.close();
  console.log(
    [
      '',
      'No display here, so Chromium ran headless. It opened the replicas with Chorus and saved what it saw:',
      keys ? `(The open-panel shortcut in this profile: ${keys}.)` : '(The open-panel shortcut has no key in this profile.)',
      `  ${resolve('.cache/start-linkedin.png')}`,
      `  ${resolve('.cache/start-x.png')}`,
      'To watch it live: run `npm start` on a desktop, or here under a virtual display',
      '(apt-get install -y xvfb && xvfb-run -a npm start) with a VNC viewer attached.',
    ].join('\n'),
  );
}
