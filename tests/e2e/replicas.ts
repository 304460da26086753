import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Route } from '@playwright/test';

// Serves the replica pages (tests/fixtures/, bundled into tests/fixtures/dist/ by
// scripts/build-fixtures.mjs) at the real sites' URLs, so the extension's
// content-script match patterns are exercised for real, and aborts every other
// http(s) request: nothing leaves the machine, and a test can see what tried to.
//
//   https://www.linkedin.com/<any path>          -> the LinkedIn feed replica
//   https://x.com/<any path>, https://twitter.com/<any path> -> the X home replica
//   <replica host>/__replica/<file>              -> that replica's bundle, CSS, source maps

export const LINKEDIN_FEED = 'https://www.linkedin.com/feed/';
export const X_HOME = 'https://x.com/home';

/** The replicas' query options (tests/fixtures/replica-options.ts). */
export interface ReplicaLook {
  /** 'tight': Post right under a one-line editor, at the right (x.com/home at 1366x900). */
  layout?: 'default' | 'tight';
  theme?: 'light' | 'dark';
}

/** A replica URL with its look in the query (?layout=tight, ?theme=dark); defaults add nothing. */
export function replicaUrl(base: string, look: ReplicaLook = {}): string {
  const url = new URL(base);
  if (look.layout && look.layout !== 'default') url.searchParams.set('layout', look.layout);
  if (look.theme && look.theme !== 'light') url.searchParams.set('theme', look.theme);
  return url.href;
}

/** What the replicas record in `window.__posted` when Post / Comment / Reply is clicked. */
export interface PostedRecord {
  surface: 'share' | 'comment' | 'inline' | 'modal' | 'reply';
  /** Taken from the editor's own model (Quill's getText, Draft's getPlainText), never the DOM. */
  text: string;
}

/** Everything posted on this page so far, oldest first. */
export function postedOn(page: Page): Promise<PostedRecord[]> {
  return page.evaluate(() => (window as unknown as { __posted: PostedRecord[] }).__posted);
}

/**
 * The text each live editor's model holds: LinkedIn keys "share" and
 * "comment:<post urn>", X keys "inline", "modal" and "reply".
 */
export function editorTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => (window as unknown as { __replica: { texts(): Record<string, string> } }).__replica.texts());
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const DIST = join(FIXTURES, 'dist');
const BUILD_SCRIPT = join(ROOT, 'scripts', 'build-fixtures.mjs');
/** Written last by the build script; older than any source means the bundles are stale. */
const BUILT_STAMP = join(DIST, '.built');

interface ReplicaSite {
  /** Folder under tests/fixtures/dist/. */
  dir: string;
  /** The page served for every path that is not an asset. */
  page: string;
}

const LINKEDIN: ReplicaSite = { dir: 'linkedin', page: 'feed.html' };
const X: ReplicaSite = { dir: 'x', page: 'home.html' };

/** The hosts the extension works on (the manifest's host_permissions) and their replicas. */
const SITES = new Map<string, ReplicaSite>([
  ['www.linkedin.com', LINKEDIN],
  ['x.com', X],
  ['twitter.com', X],
]);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function newestSourceTime(): number {
  // The modules both replicas import (focus-trap.ts, replica-options.ts) count too.
  const sources = [BUILD_SCRIPT, ...readdirSync(FIXTURES).filter((name) => name.endsWith('.ts')).map((name) => join(FIXTURES, name))];
  for (const site of ['linkedin', 'x']) {
    for (const name of readdirSync(join(FIXTURES, site))) sources.push(join(FIXTURES, site, name));
  }
  return Math.max(...sources.map((file) => statSync(file).mtimeMs));
}

let checkedThisRun = false;

/**
 * Builds the replica bundles when they are missing or older than their sources
 * (about half a second). Checked once per test process; routeReplicas calls it.
 */
export function ensureFixturesBuilt(): void {
  if (checkedThisRun) return;
  if (!existsSync(BUILT_STAMP) || statSync(BUILT_STAMP).mtimeMs < newestSourceTime()) {
    execFileSync(process.execPath, [BUILD_SCRIPT], { cwd: ROOT, stdio: 'pipe' });
  }
  checkedThisRun = true;
}

/** One answer of the replica server, in no test framework's terms (the Firefox smoke uses it too). */
export interface ReplicaAnswer {
  status: number;
  contentType: string;
  headers: Record<string, string>;
  body: Buffer | string;
}

const NOT_FOUND: ReplicaAnswer = { status: 404, contentType: 'text/plain; charset=utf-8', headers: {}, body: 'not found' };

async function fileFromDist(site: ReplicaSite, file: string): Promise<ReplicaAnswer> {
  // Only plain file names: nothing can climb out of the replica's folder.
  if (!/^[\w.-]+$/.test(file) || file.startsWith('.')) return NOT_FOUND;
  const path = join(DIST, site.dir, file);
  if (!existsSync(path)) return NOT_FOUND;
  return {
    status: 200,
    contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    headers: { 'cache-control': 'no-store' },
    body: await readFile(path),
  };
}

/**
 * What the replica server answers for an http(s) URL: a replica page, one of
 * its assets, or a 404; `null` when the URL is not on a replica host, so the
 * request must be aborted (and reported). Call ensureFixturesBuilt() first.
 */
export async function answerReplica(href: string): Promise<ReplicaAnswer | null> {
  const url = new URL(href);
  const site = url.protocol === 'https:' ? SITES.get(url.hostname) : undefined;
  if (!site) return null;
  if (url.pathname.startsWith('/__replica/')) return fileFromDist(site, url.pathname.slice('/__replica/'.length));
  // Browsers ask for it on their own; the real sites' icons are not part of the replicas.
  if (url.pathname === '/favicon.ico') return NOT_FOUND;
  return fileFromDist(site, site.page);
}

/**
 * Maps https://www.linkedin.com/** onto the LinkedIn replica and https://x.com/**
 * and https://twitter.com/** onto the X replica, in every page of `context`.
 * Any other http(s) request is aborted and reported to `onOutsideRequest`
 * (the extension must make none). chrome-extension:, data: and blob: URLs
 * pass untouched. Routes added to the context later take precedence.
 */
export async function routeReplicas(context: BrowserContext, onOutsideRequest?: (url: string) => void): Promise<void> {
  ensureFixturesBuilt();
  await context.route('**/*', async (route: Route) => {
    const href = route.request().url();
    const { protocol } = new URL(href);
    if (protocol !== 'http:' && protocol !== 'https:') return route.fallback();
    const answer = await answerReplica(href);
    if (!answer) {
      onOutsideRequest?.(href);
      return route.abort('blockedbyclient');
    }
    return route.fulfill(answer);
  });
}
