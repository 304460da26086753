import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';

// The browser-facing policy reads: overlapping reads share one request to
// storage.managed, each answer is remembered for the next browser start, and
// an answer that may be corrected later does not wait for a slow first read.

type ConfigModule = typeof import('../../../../lib/background/sync/config');
let config: ConfigModule;
const company = { packUrls: ['https://packs.example/acme.json'], team: 'Sales' };

// storage.managed as Chromium gives it after a browser start: late.
function managedAnswers(answer: () => Promise<Record<string, unknown>>) {
  const get = vi.fn(answer);
  Object.defineProperty(browser.storage, 'managed', { value: { get }, configurable: true });
  return get;
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.resetModules();
  config = await import('../../../../lib/background/sync/config');
});
afterEach(() => vi.restoreAllMocks());

describe('policy reads', () => {
  it('overlapping reads share one request, and the answer is remembered', async () => {
    const get = managedAnswers(async () => company);
    const [a, b] = await Promise.all([config.readManagedPolicy(), config.readManagedPolicy()]);
    expect(a).toBe(b);
    expect(get).toHaveBeenCalledTimes(1);
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get('lastManagedPolicy')).toEqual({ lastManagedPolicy: { policy: company } }));
  });

  it('a slow first read: the panel goes on with the policy seen last time, not pending', async () => {
    await fakeBrowser.storage.local.set({ lastManagedPolicy: { policy: company } });
    managedAnswers(() => new Promise(() => {}));
    const { config: resolved, pending } = await config.loadPackConfigSoon(20);
    expect(pending).toBe(false);
    expect(resolved.urlSources.map((source) => source.url)).toEqual(company.packUrls);
    expect(resolved.team).toBe('Sales');
  });

  it('a slow first read on a first run: as if there were no policy, pending', async () => {
    managedAnswers(() => new Promise(() => {}));
    vi.spyOn(browser.management, 'getSelf').mockResolvedValue({ installType: 'development' } as never);
    const { config: resolved, pending } = await config.loadPackConfigSoon(20);
    expect(pending).toBe(true);
    expect(resolved.managed).toBe(false);
    expect(resolved.urlSources).toEqual([]);
  });

  it('an install pushed by the company waits for its policy on a first run', async () => {
    managedAnswers(() => new Promise((done) => setTimeout(() => done(company), 60)));
    vi.spyOn(browser.management, 'getSelf').mockResolvedValue({ installType: 'admin' } as never);
    const { config: resolved, pending } = await config.loadPackConfigSoon(10);
    expect(pending).toBe(false);
    expect(resolved.managed).toBe(true);
  });

  it('once the grace has run out for a read, later asks do not wait it again', async () => {
    managedAnswers(() => new Promise(() => {}));
    vi.spyOn(browser.management, 'getSelf').mockResolvedValue({ installType: 'development' } as never);
    await config.loadPackConfigSoon(80);
    const started = performance.now();
    expect((await config.loadPackConfigSoon(80)).pending).toBe(true);
    expect(performance.now() - started).toBeLessThan(60);
  });
});
