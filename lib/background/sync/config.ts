import { browser } from 'wxt/browser';
import { type ManagedArea, type PolicyRead, readPolicy } from '../policy';
import { packSettingsItem } from '../../storage';
import { type PackConfig, resolveConfig } from './sources';

// The browser-facing half of sources.ts: read the managed policy and the
// options, then resolve them. Read fresh each time (two small storage reads):
// a policy can change while the worker runs, and the worker holds no cache
// that could go stale between its restarts.

export function readManagedPolicy(): Promise<PolicyRead> {
  // Typed loosely by the browser's API; readPolicy validates what it gets.
  return readPolicy(browser.storage.managed as ManagedArea | undefined);
}

export async function loadPackConfig(): Promise<PackConfig> {
  const [{ policy }, settings] = await Promise.all([readManagedPolicy(), packSettingsItem.getValue()]);
  return resolveConfig(policy, settings);
}
