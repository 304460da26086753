import { browser } from 'wxt/browser';
import { type ManagedArea, type PolicyRead, parsePolicy, readPolicy } from '../policy';
import { policyWithin } from '../policy-grace';
import { lastPolicyItem, packSettingsItem } from '../../storage';
import { type PackConfig, resolveConfig } from './sources';

// The browser-facing half of sources.ts: read the managed policy and the
// options, then resolve them. Read fresh each time (two small storage reads):
// a policy can change while the worker runs, and the worker holds no cache
// that could go stale between its restarts. Reads that overlap share one
// request to the browser.

let inFlight: { read: Promise<PolicyRead>; since: number } | null = null;
let lastWritten: string | undefined;

function sharedRead(): { read: Promise<PolicyRead>; since: number } {
  if (inFlight === null) {
    // Typed loosely by the browser's API; readPolicy validates what it gets.
    const read = readPolicy(browser.storage.managed as ManagedArea | undefined);
    inFlight = { read, since: performance.now() };
    void read.then((answer) => {
      inFlight = null;
      rememberPolicy(answer);
    });
  }
  return inFlight;
}

export function readManagedPolicy(): Promise<PolicyRead> {
  return sharedRead().read;
}

// For the next browser start, whose first read is slow again (policy-grace.ts).
function rememberPolicy(answer: PolicyRead): void {
  const text = JSON.stringify(answer.policy);
  if (text === lastWritten) return;
  lastWritten = text;
  void lastPolicyItem.setValue({ policy: answer.policy ? { ...answer.policy } : null }).catch(() => {
    lastWritten = undefined;
  });
}

export async function loadPackConfig(): Promise<PackConfig> {
  const [{ policy }, settings] = await Promise.all([readManagedPolicy(), packSettingsItem.getValue()]);
  return resolveConfig(policy, settings);
}

/**
 * The config for answers that can be corrected later (the panel's list, a
 * draft check): waits for the policy at most `graceMs` from when the current
 * read began, then resolves with the policy last seen on this device, or
 * none (`pending`) on a first run.
 */
export async function loadPackConfigSoon(graceMs: number): Promise<{ config: PackConfig; pending: boolean }> {
  // The grace counts from when the shared read began: once it has run out,
  // the next asks (another tab, a reload) know the browser is slow and go on at once.
  const { read: shared, since } = sharedRead();
  const [{ read, pending }, settings] = await Promise.all([
    policyWithin(shared, Math.max(0, graceMs - (performance.now() - since)), {
      lastSeen: async () => {
        const seen = await lastPolicyItem.getValue();
        return seen === null ? null : parsePolicy(seen.policy ?? {});
      },
      mustWait: async () => (await browser.management.getSelf()).installType === 'admin',
    }),
    packSettingsItem.getValue(),
  ]);
  return { config: resolveConfig(read.policy, settings), pending };
}
