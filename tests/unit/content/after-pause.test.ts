import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPause } from '../../../lib/content/after-pause';

describe('afterPause', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once, a whole pause after the last poke, with one timer for a burst of keys', () => {
    const run = vi.fn();
    const set = vi.spyOn(globalThis, 'setTimeout');
    const pause = afterPause(120, run, () => Date.now());
    for (let key = 0; key < 10; key++) {
      pause.poke();
      vi.advanceTimersByTime(50); // typing faster than the pause
    }
    expect(run).not.toHaveBeenCalled();
    const timersForTenKeys = set.mock.calls.length;
    expect(timersForTenKeys).toBeLessThanOrEqual(5); // not one (or two) per key
    vi.advanceTimersByTime(69);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs again after a later poke, and not at all once cancelled', () => {
    const run = vi.fn();
    const pause = afterPause(100, run, () => Date.now());
    pause.poke();
    vi.advanceTimersByTime(101);
    pause.poke();
    vi.advanceTimersByTime(101);
    expect(run).toHaveBeenCalledTimes(2);
    pause.poke();
    pause.cancel();
    vi.advanceTimersByTime(500);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
