import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, expect, type Page, type Worker } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/chromium-path.mjs';
import { routeReplicas } from './replicas';

// A Playwright fixture that loads the built extension into Debian's Chromium,
// serves the replica pages at the real sites' URLs, and collects every error
// the extension logs and every request that would leave the machine.

// CHORUS_EXTENSION_DIR: test a copy of a build, so a rebuild by someone else
// in the same tree cannot pull the files out from under a run.
export const EXTENSION_DIR = resolve(process.env.CHORUS_EXTENSION_DIR ?? '.output/chrome-mv3');
// The build that draws underlines as an overlay (npm run build:overlay).
export const OVERLAY_EXTENSION_DIR = resolve(process.env.CHORUS_OVERLAY_EXTENSION_DIR ?? '.output/chrome-mv3-overlay');

export interface Recorder {
  errors: string[];
  /** URLs of requests to anything but the replica hosts and the extension itself. */
  outside: string[];
  /** Errors a test expects (Chromium logging a server the test stopped): any that contain one of these. */
  allowed: string[];
}

/** Every test ends with this check (the `checkRecorder` fixture); a spec never repeats it. */
export function expectNothingWrong(recorder: Recorder) {
  const unexpected = recorder.errors.filter((error) => !recorder.allowed.some((allowed) => error.includes(allowed)));
  expect(unexpected, 'errors logged').toEqual([]);
  expect(recorder.outside, 'requests leaving the machine').toEqual([]);
}

interface Fixtures {
  /** Which build to load; a spec file may pick another with test.use(). */
  extensionDir: string;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  recorder: Recorder;
  page: Page;
  checkRecorder: void;
}

/**
 * Debian's Chromium with the extension in `dir` loaded and the replicas routed;
 * in a fresh temporary profile unless `profile` names one (to restart a browser).
 */
export async function launchWithExtension(dir: string, recorder: Recorder, profile = ''): Promise<BrowserContext> {
  if (!existsSync(`${dir}/manifest.json`)) throw new Error(`No build in ${dir}: npm run build (or build:overlay)`);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run node scripts/ensure-chromium.mjs');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_FLAGS],
  });
  await routeReplicas(context, (url) => recorder.outside.push(url));
  context.on('weberror', (error) => recorder.errors.push(`page: ${error.error().message}`));
  return context;
}

export const test = base.extend<Fixtures>({
  extensionDir: [EXTENSION_DIR, { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  recorder: async ({}, use) => {
    await use({ errors: [], outside: [], allowed: [] });
  },
  // Automatic: after every test, no error logged and no request left the machine.
  checkRecorder: [
    async ({ recorder }, use) => {
      await use();
      expectNothingWrong(recorder);
    },
    { auto: true },
  ],
  context: async ({ extensionDir, recorder }, use) => {
    const context = await launchWithExtension(extensionDir, recorder);
    await use(context);
    await context.close();
  },
  worker: async ({ context, recorder }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    worker.on('console', (message) => {
      if (message.type() === 'error') recorder.errors.push(`background: ${message.text()}`);
    });
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  page: async ({ context, worker, recorder }, use) => {
    void worker; // the service worker must be up before pages load
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      // Content-script messages come through the page's console, prefixed by us.
      if (message.type() === 'error' && message.text().includes('Chorus')) recorder.errors.push(`content: ${message.text()}`);
    });
    page.on('pageerror', (error) => recorder.errors.push(`page: ${error.message}`));
    await use(page);
  },
});

export { expect };
