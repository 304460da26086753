import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelayMs, DEFAULT_BACKOFF } from '../../../../lib/background/sync/backoff';

describe('backoff with full jitter', () => {
  it('the bound doubles per failure from one minute, capped at an hour', () => {
    // random just below 1 gives (nearly) the bound itself.
    const top = (failures: number) => backoffDelayMs(failures, 0.999999);
    const near = (bound: number) => Math.floor(0.999999 * bound);
    expect(top(1)).toBe(near(60_000));
    expect(top(2)).toBe(near(120_000));
    expect(top(3)).toBe(near(240_000));
    expect(top(7)).toBe(near(DEFAULT_BACKOFF.capMs));
    expect(top(1000)).toBe(near(DEFAULT_BACKOFF.capMs));
  });

  it('never sooner than the 30 s floor', () => {
    expect(backoffDelayMs(1, 0)).toBe(30_000);
    expect(backoffDelayMs(5, 0.001)).toBe(30_000);
  });

  it('stays in [floor, min(cap, base·2^(n-1))] for any failure count and random value', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (failures, random) => {
        const delay = backoffDelayMs(failures, random);
        const bound = Math.min(DEFAULT_BACKOFF.capMs, DEFAULT_BACKOFF.baseMs * 2 ** Math.min(Math.max(failures, 1) - 1, 30));
        expect(Number.isFinite(delay)).toBe(true);
        expect(delay).toBeGreaterThanOrEqual(DEFAULT_BACKOFF.floorMs);
        expect(delay).toBeLessThanOrEqual(Math.max(bound, DEFAULT_BACKOFF.floorMs));
      }),
    );
  });

  it('a shorter cap (a 15-minute interval) wins over the exponential', () => {
    expect(backoffDelayMs(10, 0.999999, { ...DEFAULT_BACKOFF, capMs: 15 * 60_000 })).toBe(Math.floor(0.999999 * 15 * 60_000));
  });
});
