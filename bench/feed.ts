// Busy-feed bench (issue 11, "Idle means idle"): what Chorus costs a person
// who only reads a feed that keeps changing by itself (bench/feed-churn.ts),
// on the LinkedIn and X replicas, against no extension at all. Two
// persistent contexts in one run, one with the built extension and one
// without, measured in alternating rounds (ABBA, so drift on this shared
// machine falls on both). Per round, from the page's DevTools protocol:
// - extension CPU: the share of a CPU profile's busy samples whose stack holds
//   a chrome-extension:// frame (content scripts share the page's isolate),
//   times the main thread's CPU time (Performance.getMetrics ThreadTime).
//   Profile samples are spaced in wall time, so on a loaded machine (2 cores,
//   several agents) a preempted thread's wait lands on whatever stack it was
//   on; the share is unbiased by that, the raw sample time is not (printed
//   as "sampled" for comparison);
// - page task time: Performance.getMetrics TaskDuration, per second of feed,
//   and the main thread's CPU time (ThreadTime) per second;
// - JS heap after a forced GC, at the start and end of the round.
// Then the cost of typing: content-script CPU per keystroke while typing 100
// keys into the composer at a person's pace (a check runs after each pause).
// BENCH_FEED_MINUTES sets the length of a round (default 15 s), for the
// long-run heap-growth figure; BENCH_FEED_ROUNDS the rounds per arm (default 3);
// BENCH_FEED_EXTENSION_DIR another build to measure; BENCH_FEED_LEAVES=1 adds
// the native call under each costliest extension frame (for finding causes).
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from '../scripts/chromium-path.mjs';
import { LINKEDIN_FEED, routeReplicas, X_HOME } from '../tests/e2e/replicas';
import { type FeedSite, startFeedChurn, stopFeedChurn } from './feed-churn';

export interface BenchRow {
  metric: string;
  value: number;
  unit: string;
  target?: string;
}

const minutes = Number(process.env.BENCH_FEED_MINUTES);
const ROUND_SECONDS = Number.isFinite(minutes) && minutes > 0 ? minutes * 60 : 15;
const ROUNDS = Math.max(1, Number(process.env.BENCH_FEED_ROUNDS) || 3);
const WARM_UP_MS = 2000;
const KEYS = 100;
// About a person's pace: every key is followed by a pause long enough for a check.
const KEY_DELAY_MS = 150;
const SAMPLING_US = 250;
const VIEWPORT = { width: 1366, height: 900 };

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Milliseconds of samples with an extension frame on the stack, and the costliest of those frames. */
export function extensionTime(profile: Profile): { ms: number; busyMs: number; top: [string, number][] } {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const isExtension = (node: ProfileNode | undefined) => node?.callFrame.url.startsWith('chrome-extension://') === true;
  const attributed = new Map<number, boolean>();
  const inExtension = (id: number): boolean => {
    const known = attributed.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const answer = isExtension(byId.get(id)) || (up !== undefined && inExtension(up));
    attributed.set(id, answer);
    return answer;
  };
  // The innermost extension frame of a stack: where the time went, in the extension's terms.
  const innermost = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node && isExtension(node)) return `${node.callFrame.functionName || '(anonymous)'}@${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber + 1}:${node.callFrame.columnNumber + 1}`;
    }
    return '?';
  };
  let us = 0;
  let busyUs = 0;
  const top = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] as number;
    // A sample's time is the gap to the next one.
    const dt = deltas[i + 1] ?? SAMPLING_US;
    if (byId.get(id)?.callFrame.functionName !== '(idle)') busyUs += dt;
    if (!inExtension(id)) continue;
    us += dt;
    const leaf = byId.get(id);
    const where = process.env.BENCH_FEED_LEAVES && leaf && !isExtension(leaf) ? `${innermost(id)} > ${leaf.callFrame.functionName || leaf.callFrame.url}` : innermost(id);
    top.set(where, (top.get(where) ?? 0) + dt / 1000);
  }
  return { ms: us / 1000, busyMs: busyUs / 1000, top: [...top.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8) };
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Seconds: the page's task time, and its main thread's CPU time. */
async function pageTimes(cdp: CDPSession): Promise<{ task: number; thread: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const read = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return { task: read('TaskDuration'), thread: read('ThreadTime') };
}

/** Extension CPU in ms: its share of the busy samples times the thread's CPU time. */
function extensionCpuMs(profile: Profile, threadMs: number): { cpuMs: number; sampledMs: number; top: [string, number][] } {
  const { ms, busyMs, top } = extensionTime(profile);
  return { cpuMs: busyMs > 0 ? (ms / busyMs) * threadMs : 0, sampledMs: ms, top };
}

async function profiled<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ result: T; profile: Profile }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return { result, profile: profile as unknown as Profile };
}

const urlOf = (site: FeedSite) => (site === 'x' ? X_HOME : LINKEDIN_FEED);

async function openSite(context: BrowserContext, site: FeedSite, withExtension: boolean): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  await page.setViewportSize(VIEWPORT);
  const cdp = await context.newCDPSession(page);
  await page.goto(urlOf(site));
  // X's inline composer and LinkedIn's open comment box: Chorus mounts beside each.
  if (withExtension) await page.locator('chorus-assistant').first().waitFor({ state: 'attached', timeout: 10_000 });
  else await page.locator('[contenteditable="true"]').first().waitFor({ state: 'attached', timeout: 10_000 });
  // Past the mount and the first check.
  await page.waitForTimeout(1000);
  return { page, cdp };
}

interface Round {
  extensionMsPerS: number;
  /** Raw sample time, uncorrected. */
  sampledMsPerS: number;
  taskMsPerS: number;
  threadMsPerS: number;
  heapStart: number;
  heapEnd: number;
  top: [string, number][];
}

async function feedRound(context: BrowserContext, site: FeedSite, withExtension: boolean): Promise<Round> {
  const { page, cdp } = await openSite(context, site, withExtension);
  try {
    await page.evaluate(startFeedChurn, site);
    await page.waitForTimeout(WARM_UP_MS);
    const heapStart = await heapAfterGc(cdp);
    await cdp.send('Performance.enable');
    const before = await pageTimes(cdp);
    const started = performance.now();
    const { profile } = await profiled(cdp, () => page.waitForTimeout(ROUND_SECONDS * 1000));
    const seconds = (performance.now() - started) / 1000;
    const after = await pageTimes(cdp);
    await page.evaluate(stopFeedChurn);
    const heapEnd = await heapAfterGc(cdp);
    const threadMs = (after.thread - before.thread) * 1000;
    const { cpuMs, sampledMs, top } = extensionCpuMs(profile, threadMs);
    return {
      extensionMsPerS: cpuMs / seconds,
      sampledMsPerS: sampledMs / seconds,
      taskMsPerS: ((after.task - before.task) * 1000) / seconds,
      threadMsPerS: threadMs / seconds,
      heapStart,
      heapEnd,
      top,
    };
  } finally {
    await page.close();
  }
}

interface Typing {
  /** The page's main-thread CPU time while typing, per key. */
  threadMsPerKey: number;
  /** The profile's extension share of that, per key. */
  extensionMsPerKey: number;
  sampledMsPerKey: number;
}

async function typingCost(context: BrowserContext, site: FeedSite, withExtension: boolean): Promise<Typing> {
  const { page, cdp } = await openSite(context, site, withExtension);
  try {
    if (site === 'linkedin') {
      await page.locator('button.share-box-feed-entry__trigger').click();
      await page.locator('[role="dialog"] .ql-editor').click();
    } else {
      await page.locator('[data-testid="tweetTextarea_0"]').click();
    }
    await page.waitForTimeout(500);
    const words = 'Typing at a person pace into the composer to see what each key costs ';
    const text = words.repeat(3).slice(0, KEYS);
    await cdp.send('Performance.enable');
    const before = await pageTimes(cdp);
    const { profile } = await profiled(cdp, async () => {
      await page.keyboard.type(text, { delay: KEY_DELAY_MS });
      await page.waitForTimeout(400); // the check after the last key
    });
    const after = await pageTimes(cdp);
    const threadMs = (after.thread - before.thread) * 1000;
    const { cpuMs, sampledMs, top } = extensionCpuMs(profile, threadMs);
    if (withExtension) console.log(`  ${site} typing: costliest extension frames (sampled ms): ${top.map(([f, t]) => `${f} ${t.toFixed(1)}`).join(', ')}`);
    return { threadMsPerKey: threadMs / KEYS, extensionMsPerKey: cpuMs / KEYS, sampledMsPerKey: sampledMs / KEYS };
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const round2 = (value: number) => Math.round(value * 100) / 100;
const mb = (bytes: number) => round2(bytes / 1024 / 1024);

async function launch(extensionDir: string | null): Promise<BrowserContext> {
  const args = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_FLAGS] : [...CHROMIUM_FLAGS];
  const context = await chromium.launchPersistentContext('', { executablePath: findChromium() ?? undefined, headless: true, viewport: VIEWPORT, args });
  await routeReplicas(context);
  if (extensionDir && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return context;
}

export async function runFeedBench(): Promise<BenchRow[]> {
  // BENCH_FEED_EXTENSION_DIR: measure another build (an older commit's, for before/after).
  const build = resolve(process.env.BENCH_FEED_EXTENSION_DIR ?? '.output/chrome-mv3');
  if (!existsSync(join(build, 'manifest.json'))) throw new Error('no build in .output/chrome-mv3: run npm run build');
  const dir = mkdtempSync(join(tmpdir(), 'chorus-feed-bench-'));
  cpSync(build, dir, { recursive: true });
  const withExtension = await launch(dir);
  const without = await launch(null);
  const rows: BenchRow[] = [];
  const length = ROUND_SECONDS >= 60 ? `${round2(ROUND_SECONDS / 60)} min` : `${ROUND_SECONDS} s`;
  try {
    for (const site of ['linkedin', 'x'] as const) {
      const name = site === 'x' ? 'X' : 'LinkedIn';
      const ext: Round[] = [];
      const bare: Round[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const order = i % 2 === 0 ? [true, false] : [false, true];
        for (const arm of order) {
          const figures = await feedRound(arm ? withExtension : without, site, arm);
          (arm ? ext : bare).push(figures);
          console.log(
            `  ${name} ${arm ? 'with' : 'without'}: extension ${figures.extensionMsPerS.toFixed(2)} ms/s (sampled ${figures.sampledMsPerS.toFixed(2)}), tasks ${figures.taskMsPerS.toFixed(1)} ms/s, main thread CPU ${figures.threadMsPerS.toFixed(1)} ms/s, heap ${mb(figures.heapStart)} → ${mb(figures.heapEnd)} MB`,
          );
          if (arm && figures.top.length > 0) console.log(`    costliest extension frames (ms): ${figures.top.map(([f, ms]) => `${f} ${ms.toFixed(1)}`).join(', ')}`);
        }
      }
      const taskWith = median(ext.map((r) => r.taskMsPerS));
      const taskWithout = median(bare.map((r) => r.taskMsPerS));
      const bareTasks = bare.map((r) => r.taskMsPerS);
      // Noise: how far apart the no-extension rounds themselves are.
      const noise = taskWithout > 0 ? ((Math.max(...bareTasks) - Math.min(...bareTasks)) / taskWithout) * 100 : Number.NaN;
      const growth = (rounds: Round[]) => median(rounds.map((r) => r.heapEnd - r.heapStart));
      rows.push(
        { metric: `${name}: extension CPU per s of feed, median of ${ROUNDS}`, value: round2(median(ext.map((r) => r.extensionMsPerS))), unit: 'ms/s', target: '≤ 0.3' },
        { metric: `${name}: extension profile samples per s of feed (wall, uncorrected)`, value: round2(median(ext.map((r) => r.sampledMsPerS))), unit: 'ms/s' },
        { metric: `${name}: page main-thread CPU, with / without`, value: round2(median(ext.map((r) => r.threadMsPerS))), unit: 'ms/s', target: `without: ${round2(median(bare.map((r) => r.threadMsPerS)))}` },
        { metric: `${name}: page task time, with extension`, value: round2(taskWith), unit: 'ms/s' },
        { metric: `${name}: page task time, without`, value: round2(taskWithout), unit: 'ms/s' },
        { metric: `${name}: page task time, difference`, value: Math.round(((taskWith - taskWithout) / taskWithout) * 1000) / 10, unit: '%', target: `within noise (±${noise.toFixed(1)}%)` },
        { metric: `${name}: extra JS heap after GC`, value: mb(median(ext.map((r) => r.heapEnd)) - median(bare.map((r) => r.heapEnd))), unit: 'MB', target: '≤ 0.5' },
        { metric: `${name}: heap growth over ${length}, with extension`, value: mb(growth(ext)), unit: 'MB', target: 'none over 10 min' },
        { metric: `${name}: heap growth over ${length}, without`, value: mb(growth(bare)), unit: 'MB' },
      );
      // Typing, with and without, twice each (ABBA): the difference in the
      // main thread's CPU time is what the extension costs per key in all,
      // the profile's share what its own scripts cost.
      const typedWith: Typing[] = [];
      const typedWithout: Typing[] = [];
      for (const arm of [true, false, false, true]) (arm ? typedWith : typedWithout).push(await typingCost(arm ? withExtension : without, site, arm));
      const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
      const threadWith = mean(typedWith.map((t) => t.threadMsPerKey));
      const threadWithout = mean(typedWithout.map((t) => t.threadMsPerKey));
      rows.push(
        { metric: `${name}: content-script CPU per keystroke (${KEYS} keys, profile share)`, value: round2(mean(typedWith.map((t) => t.extensionMsPerKey))), unit: 'ms', target: '≤ 1' },
        { metric: `${name}: page main-thread CPU per keystroke, with − without`, value: round2(threadWith - threadWithout), unit: 'ms', target: `with ${round2(threadWith)}, without ${round2(threadWithout)}` },
        { metric: `${name}: content-script profile samples per keystroke (wall, uncorrected)`, value: round2(mean(typedWith.map((t) => t.sampledMsPerKey))), unit: 'ms' },
      );
    }
    return rows;
  } finally {
    await withExtension.close();
    await without.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
