// `npm start`: build the extension and the replica pages, then open Chromium
// with Chorus loaded on the LinkedIn replica (and the X replica in a second
// tab), using the bundled sample pack. With no display it runs headless,
// opens the panel, saves screenshots and says how to watch it live.
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

const { routeReplicas, LINKEDIN_FEED, X_HOME } = await import('../tests/e2e/replicas.ts').catch(async () => {
  // Node cannot import TypeScript: bundle the helper on the fly.
  const { buildSync } = await import('esbuild');
  // Beside the source, so the paths it resolves from its own URL still hold.
  const outfile = resolve('tests/e2e/.replicas.bundle.mjs');
  buildSync({ entryPoints: ['tests/e2e/replicas.ts'], bundle: true, platform: 'node', format: 'esm', outfile, packages: 'external' });
  return import(outfile);
});

const extension = resolve('.output/chrome-mv3');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const context = await chromium.launchPersistentContext(resolve('.cache/start-profile'), {
  executablePath: findChromium(),
  headless,
  viewport: headless ? { width: 1280, height: 900 } : null,
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...CHROMIUM_FLAGS],
});
await routeReplicas(context);
const linkedin = context.pages()[0] ?? (await context.newPage());
await linkedin.goto(LINKEDIN_FEED);
const x = await context.newPage();
await x.goto(X_HOME);
await linkedin.bringToFront();

if (!headless) {
  console.log('\nChorus is running on the LinkedIn replica (first tab) and the X replica (second tab).');
  console.log('Click "Start a post", then the purple Chorus button in the editor. Close the browser to stop.');
  await new Promise((done) => context.on('close', done));
} else {
  mkdirSync('.cache', { recursive: true });
  await linkedin.getByRole('button', { name: 'Start a post' }).click();
  await linkedin.locator('chorus-assistant').first().waitFor({ state: 'attached', timeout: 10_000 });
  await linkedin.locator('chorus-assistant .launcher').first().click();
  await linkedin.screenshot({ path: '.cache/start-linkedin.png' });
  await x.bringToFront();
  await x.locator('chorus-assistant .launcher').first().click();
  await x.screenshot({ path: '.cache/start-x.png' });
  await context.close();
  console.log(
    [
      '',
      'No display here, so Chromium ran headless. It opened the replicas with Chorus and saved what it saw:',
      `  ${resolve('.cache/start-linkedin.png')}`,
      `  ${resolve('.cache/start-x.png')}`,
      'To watch it live: run `npm start` on a desktop, or here under a virtual display',
      '(apt-get install -y xvfb && xvfb-run -a npm start) with a VNC viewer attached.',
    ].join('\n'),
  );
}
