// First-run bench, in the built extension in Debian's Chromium (issue 11,
// "Never an empty panel"). Two figures, each over several rounds:
// - first suggestion: a fresh profile (the extension installs as the browser
//   starts), the LinkedIn replica opened at once; from that page's navigation
//   start to the first suggestion card visible in the panel, the panel opened
//   by the launcher of the comment box that is open on load, as soon as the
//   launcher exists. Target ≤ 1 s after install on a 2-core machine.
// - panel ready, warm: the same browser once settled (the managed policy
//   read, see lib/background/policy-grace.ts), after a reload; from the share
//   dialog's editor appearing (a click on "Start a post") to the first card
//   visible, the panel opened by its launcher as soon as that exists. Target
//   ≤ 50 ms.
// Timed inside the page (performance.now(), polled once per frame), so the
// driver's own round trips are not counted.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from '../scripts/chromium-path.mjs';
import { LINKEDIN_FEED, routeReplicas } from '../tests/e2e/replicas';
import type { BenchRow } from './packs';

const FIRST_RUN_ROUNDS = 5;
const WARM_ROUNDS = 10;
/** Any round slower than this is reported as failed rather than waited on. */
const GIVE_UP_MS = 15_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * In the page: waits (one look per frame) for a Chorus launcher on `surface`,
 * clicks it as soon as it exists, then waits for a suggestion card in its
 * panel. Resolves to performance.now() then, and when the launcher appeared.
 */
function openFirstCard(page: Page, surface: string): Promise<{ launcherAt: number; cardAt: number }> {
  return page.evaluate(
    ([surface, giveUp]) =>
      new Promise<{ launcherAt: number; cardAt: number }>((done, fail) => {
        const started = performance.now();
        let launcherAt = -1;
        const look = () => {
          if (performance.now() - started > giveUp) return fail(new Error(`no card on ${surface} within ${giveUp} ms`));
          const root = document.querySelector(`chorus-assistant[data-surface="${surface}"]`)?.shadowRoot;
          if (launcherAt < 0) {
            const launcher = root?.querySelector<HTMLButtonElement>('.launcher');
            if (launcher) {
              launcherAt = performance.now();
              launcher.click();
            }
          } else if (root?.querySelector('.panel .card')) {
            return done({ launcherAt, cardAt: performance.now() });
          }
          requestAnimationFrame(look);
        };
        look();
      }),
    [surface, GIVE_UP_MS] as const,
  );
}

async function launch(dir: string, profile: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium() ?? undefined,
    headless: true,
    viewport: { width: 1366, height: 900 },
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_FLAGS],
  });
  try {
    await routeReplicas(context);
  } catch (error) {
    await context.close();
    throw error;
  }
  return context;
}

interface RoundResult {
  firstCardMs: number;
  launcherMs: number;
  /** Composer appears → first card, and the launcher's part of it. */
  warm: number[];
  warmLauncher: number[];
}

/** One fresh profile: the first page load's first card, then warm share dialogs. */
async function freshProfileRound(dir: string, warmRounds: number): Promise<RoundResult> {
  const profile = mkdtempSync(join(tmpdir(), 'chorus-first-run-profile-'));
  const context = await launch(dir, profile);
  try {
    // The extension is installed once its worker runs; the page opens at once.
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(LINKEDIN_FEED, { waitUntil: 'commit' });
    const first = await openFirstCard(page, 'comment');
    // Warm: the browser has given the managed policy and the panel settled.
    if (warmRounds > 0) await page.locator('chorus-assistant[data-surface="comment"] .assistant[data-state="ready"]').first().waitFor({ timeout: GIVE_UP_MS });
    const warm: number[] = [];
    const warmLauncher: number[] = [];
    for (let i = 0; i < warmRounds; i++) {
      await page.reload();
      await openFirstCard(page, 'comment');
      const clicked = await page.evaluate(() => {
        const at = performance.now();
        document.querySelector<HTMLButtonElement>('button[aria-label="Start a post"]')?.click();
        return at;
      });
      const { launcherAt, cardAt } = await openFirstCard(page, 'share');
      warm.push(cardAt - clicked);
      warmLauncher.push(launcherAt - clicked);
    }
    return { firstCardMs: first.cardAt, launcherMs: first.launcherAt, warm, warmLauncher };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function runFirstRunBench(): Promise<BenchRow[]> {
  const build = resolve('.output/chrome-mv3');
  if (!existsSync(join(build, 'manifest.json'))) throw new Error('no build in .output/chrome-mv3: run npm run build');
  // A copy, so a rebuild in the same tree during the bench cannot disturb it.
  const dir = mkdtempSync(join(tmpdir(), 'chorus-bench-'));
  cpSync(build, dir, { recursive: true });
  try {
    const first: number[] = [];
    const launcher: number[] = [];
    const warm: number[] = [];
    const warmLauncher: number[] = [];
    for (let i = 0; i < FIRST_RUN_ROUNDS; i++) {
      // Warm figures from two of the fresh browsers are plenty.
      const result = await freshProfileRound(dir, i < 2 ? WARM_ROUNDS / 2 : 0);
      first.push(result.firstCardMs);
      launcher.push(result.launcherMs);
      warm.push(...result.warm);
      warmLauncher.push(...result.warmLauncher);
    }
    const max = (values: number[]) => round(Math.max(...values));
    return [
      { metric: `fresh profile: page load → launcher, median of ${first.length}`, value: round(median(launcher)), unit: 'ms' },
      { metric: `fresh profile: page load → first card, median of ${first.length}`, value: round(median(first)), unit: 'ms', target: '≤ 1000' },
      { metric: `fresh profile: page load → first card, max of ${first.length}`, value: max(first), unit: 'ms', target: '≤ 1000' },
      { metric: `warm: composer appears → launcher, median of ${warm.length}`, value: round(median(warmLauncher)), unit: 'ms' },
      { metric: `warm: composer appears → first card, median of ${warm.length}`, value: round(median(warm)), unit: 'ms', target: '≤ 50' },
      { metric: `warm: composer appears → first card, max of ${warm.length}`, value: max(warm), unit: 'ms', target: '≤ 50' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
