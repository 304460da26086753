// When to try a failing pack source again: exponential backoff with "full
// jitter" (a random delay between the floor and the exponential bound), so
// thousands of installs that lost the same server do not return in step.
// Pure; the random source is passed in so tests can pin it.

export interface BackoffOptions {
  /** The bound after the first failure; it doubles with each further one. */
  baseMs: number;
  /** Never wait longer than the normal sync interval. */
  capMs: number;
  /** chrome.alarms does not fire sooner than 30 s in a packed extension. */
  floorMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 60_000, capMs: 60 * 60_000, floorMs: 30_000 };

/** `failures` counts this one: 1 after the first failure. `random` is in [0, 1). */
export function backoffDelayMs(failures: number, random: number, opts: BackoffOptions = DEFAULT_BACKOFF): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 30); // 2^30 is far past any cap; avoids Infinity
  const bound = Math.min(opts.capMs, opts.baseMs * 2 ** exponent);
  const jittered = Math.floor(Math.min(Math.max(random, 0), 1) * bound);
  return Math.min(opts.capMs, Math.max(opts.floorMs, jittered));
}
