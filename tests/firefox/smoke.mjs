// Firefox smoke: the built Firefox MV3 add-on (.output/firefox-mv3) in
// Debian's Firefox ESR, headless, driven by puppeteer-core over WebDriver
// BiDi, on the replica pages served at the real sites' URLs (the same
// path -> file mapping as the Chromium suite, tests/e2e/replicas.ts). Every
// other http(s) request is aborted and recorded. No browser is downloaded.
//
//   node tests/firefox/smoke.mjs          (after: npx wxt build -b firefox --mv3)
//
// Prints one PASS/FAIL line per case and, last, `firefox: N passed, M failed`;
// exits non-zero when anything failed. FIREFOX_PATH overrides the browser;
// FIREFOX_REPORT names a JSON file to write the counts to (scripts/test.mjs).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXTENSION_DIR = resolve(ROOT, '.output/firefox-mv3');
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const RUN_LIMIT_MS = 90_000;
const STEP_MS = 10_000;

const LINKEDIN = 'chorus-assistant[data-surface="share"]';
const X = 'chorus-assistant[data-surface="inline"]';

// Node 20 cannot import TypeScript: bundle the replica server on the fly.
// replicas.ts finds the repository from its own URL ('../..'), so the bundle
// sits two folders deep too, in the ignored .cache/.
async function loadReplicas() {
  const outfile = resolve(ROOT, '.cache/firefox/replicas.mjs');
  mkdirSync(dirname(outfile), { recursive: true });
  buildSync({
    entryPoints: [resolve(ROOT, 'tests/e2e/replicas.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    packages: 'external',
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}

const results = [];
let browser;

function finish(code) {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`firefox: ${passed} passed, ${failed} failed`);
  if (process.env.FIREFOX_REPORT) writeFileSync(process.env.FIREFOX_REPORT, JSON.stringify({ passed, failed, results }));
  process.exit(code ?? (failed > 0 ? 1 : 0));
}

// A hard limit on the whole run: a hung browser must not hang the suite.
const hardLimit = setTimeout(() => {
  console.log(`FAIL  run: still running after ${RUN_LIMIT_MS / 1000} s, killed`);
  results.push({ name: 'run time', ok: false, error: 'hard timeout' });
  browser?.process()?.kill('SIGKILL');
  finish(1);
}, RUN_LIMIT_MS);
hardLimit.unref();

async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`PASS  ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false, error: String(error?.message ?? error) });
    console.log(`FAIL  ${name} (${Date.now() - started} ms)\n      ${String(error?.message ?? error).split('\n').join('\n      ')}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const started = Date.now();
if (!existsSync(FIREFOX)) {
  console.log(`Firefox not found at ${FIREFOX}: set FIREFOX_PATH, or apt-get install -y firefox-esr.`);
  finish(1);
}
if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
  console.log('Build the Firefox add-on first: npx wxt build -b firefox --mv3');
  finish(1);
}

const { answerReplica, ensureFixturesBuilt, LINKEDIN_FEED, X_HOME } = await loadReplicas();
ensureFixturesBuilt();

/** Uncaught errors in the pages, and Chorus's own console errors. */
const errors = [];
/** http(s) requests to anything but the replica hosts. */
const outside = [];

async function openPage(url) {
  const page = await browser.newPage();
  page.setDefaultTimeout(STEP_MS);
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (error) => errors.push(`${url}: page: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Chorus')) errors.push(`${url}: console: ${message.text()}`);
  });
  await page.setRequestInterception(true);
  page.on('request', async (request) => {
    const href = request.url();
    const { protocol } = new URL(href);
    if (protocol !== 'http:' && protocol !== 'https:') return request.continue();
    const answer = await answerReplica(href);
    if (!answer) {
      outside.push(href);
      return request.abort('blockedbyclient');
    }
    return request.respond({ status: answer.status, contentType: answer.contentType, headers: answer.headers, body: answer.body });
  });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Opens the panel in `host`, inserts the first card, and returns that card's text. */
async function insertFirstCard(page, host) {
  await page.locator(`${host} >>> .launcher`).click();
  await page.waitForSelector(`${host} >>> .card`, { visible: true });
  const card = await page.$(`${host} >>> .card`);
  const text = await card.$eval('.card-text', (el) => el.textContent ?? '');
  assert(text.length > 20, `first card's text is too short: ${JSON.stringify(text)}`);
  await (await card.$('.card-insert')).click();
  return text;
}

async function postedOn(page) {
  return page.evaluate(() => window.__posted);
}

async function postAndCompare(page, postButton, surface, text) {
  await page.waitForFunction((selector) => document.querySelector(selector)?.disabled === false, {}, postButton);
  await page.locator(postButton).click();
  const posted = await postedOn(page);
  const expected = [{ surface, text }];
  assert(
    JSON.stringify(posted) === JSON.stringify(expected),
    `posted ${JSON.stringify(posted)}, expected ${JSON.stringify(expected)}`,
  );
}

try {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    timeout: 20_000,
    protocolTimeout: 20_000,
  });
  const addonId = await browser.installExtension(EXTENSION_DIR);
  console.log(`Firefox ${await browser.version()}, add-on ${addonId} installed (${Date.now() - started} ms)`);

  await check('LinkedIn share: Start a post, open panel, insert first card, Post sends exactly its text', async () => {
    const page = await openPage(LINKEDIN_FEED);
    await page.locator('button ::-p-text(Start a post)').click();
    await page.waitForSelector(LINKEDIN);
    const text = await insertFirstCard(page, LINKEDIN);
    await postAndCompare(page, 'button.share-actions__primary-action', 'share', text);
    await page.close();
  });

  await check('X inline: open panel, insert first card, Post sends exactly its text', async () => {
    const page = await openPage(X_HOME);
    await page.waitForSelector('[data-testid="tweetTextarea_0"]');
    await page.waitForSelector(X);
    const text = await insertFirstCard(page, X);
    await postAndCompare(page, '[data-testid="tweetButtonInline"]', 'inline', text);
    await page.close();
  });

  await check('LinkedIn share: "Windpilot is here" gives a guideline finding', async () => {
    const page = await openPage(LINKEDIN_FEED);
    await page.locator('button ::-p-text(Start a post)').click();
    await page.waitForSelector(LINKEDIN);
    await page.locator('[role="dialog"] .ql-editor').click();
    await page.keyboard.type('Windpilot is here');
    await page.waitForSelector(`${LINKEDIN} >>> .launcher .launcher-issues`, { visible: true });
    const highlights = await page.evaluate(() =>
      typeof CSS !== 'undefined' && 'highlights' in CSS ? (CSS.highlights.get('chorus-warning')?.size ?? 0) : -1,
    );
    if (highlights === -1) console.log('      (this Firefox has no CSS.highlights: underlines not checked)');
    else assert(highlights > 0, 'no chorus-warning highlight registered for the finding');
    await page.close();
  });

  await check('no uncaught page errors, no requests outside the replica hosts', async () => {
    assert(errors.length === 0, `errors:\n${errors.join('\n')}`);
    assert(outside.length === 0, `requests outside the replicas:\n${outside.join('\n')}`);
  });
} catch (error) {
  results.push({ name: 'launch', ok: false, error: String(error?.message ?? error) });
  console.log(`FAIL  launch: ${error?.stack ?? error}`);
} finally {
  await browser?.close().catch(() => browser?.process()?.kill('SIGKILL'));
}
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
finish();
