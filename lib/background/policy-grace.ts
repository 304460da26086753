import type { PolicyRead } from './policy';

// Chromium answers the first storage.managed.get() of each browser session
// seconds late: 2.6 to 4.8 s in Debian's Chromium 150, on a fresh profile and
// after a restart alike, with no policy at all (later reads take a few ms).
// Everything else the first panel needs takes tens of milliseconds, so waiting
// for the policy was most of a new user's empty panel. Answers that can be
// corrected later wait only a short grace and then go on with the policy last
// seen on this device (a policy rarely changes while the browser is closed,
// and every panel opening asks again); with none ever seen, with no policy,
// marked pending so the asker asks again and says the list may change.

export interface PolicyInForce {
  read: PolicyRead;
  /** A guess: the browser had not answered and this device never saw a policy read. */
  pending: boolean;
}

export interface PolicyFallback {
  /** The policy this device read last time, or null if it never read one. */
  lastSeen: () => Promise<PolicyRead | null>;
  /**
   * Whether to wait for the browser after all when nothing was ever seen: an
   * install the company pushed by policy very likely has a policy, and must
   * not show the sample pack's made-up company meanwhile.
   */
  mustWait: () => Promise<boolean>;
}

const NONE: PolicyRead = { policy: null, problems: [] };

/** `read` if it answers within `graceMs`, else what the fallback says. Never throws. */
export async function policyWithin(read: Promise<PolicyRead>, graceMs: number, fallback: PolicyFallback): Promise<PolicyInForce> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((done) => {
    timer = setTimeout(() => done('late'), graceMs);
  });
  const first = await Promise.race([read, late]);
  clearTimeout(timer);
  if (first !== 'late') return { read: first, pending: false };
  const lastSeen = await fallback.lastSeen().catch(() => null);
  if (lastSeen !== null) return { read: lastSeen, pending: false };
  if (await fallback.mustWait().catch(() => false)) return { read: await read, pending: false };
  return { read: NONE, pending: true };
}
