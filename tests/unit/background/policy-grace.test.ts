import { describe, expect, it, vi } from 'vitest';
import type { PolicyRead } from '../../../lib/background/policy';
import { policyWithin } from '../../../lib/background/policy-grace';

// The first answers after a browser start must not wait seconds for
// storage.managed (Chromium's first read is that slow), nor show a managed
// install the sample pack when it can know better.

const company: PolicyRead = { policy: { packUrls: ['https://packs.example/acme.json'] }, problems: [] };
const never = new Promise<PolicyRead>(() => {});
const fallback = (lastSeen: PolicyRead | null, mustWait = false) => ({ lastSeen: vi.fn(async () => lastSeen), mustWait: vi.fn(async () => mustWait) });

describe('policyWithin', () => {
  it('uses the browser’s answer when it comes within the grace', async () => {
    const f = fallback(null);
    expect(await policyWithin(Promise.resolve(company), 50, f)).toEqual({ read: company, pending: false });
    expect(f.lastSeen).not.toHaveBeenCalled();
  });

  it('after the grace, goes on with the policy last seen on this device', async () => {
    const started = Date.now();
    expect(await policyWithin(never, 20, fallback(company))).toEqual({ read: company, pending: false });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('with nothing ever seen, goes on with no policy (a fresh, unmanaged install), marked pending', async () => {
    expect(await policyWithin(never, 20, fallback(null))).toEqual({ read: { policy: null, problems: [] }, pending: true });
  });

  it('an install pushed by the company waits for the real policy rather than show the sample pack', async () => {
    let answer: (read: PolicyRead) => void = () => {};
    const slow = new Promise<PolicyRead>((done) => {
      answer = done;
    });
    const result = policyWithin(slow, 10, fallback(null, true));
    setTimeout(() => answer(company), 40);
    expect(await result).toEqual({ read: company, pending: false });
  });

  it('a fallback that fails counts as nothing seen and no need to wait', async () => {
    const broken = { lastSeen: async () => Promise.reject(new Error('storage')), mustWait: async () => Promise.reject(new Error('management')) };
    expect(await policyWithin(never, 10, broken)).toEqual({ read: { policy: null, problems: [] }, pending: true });
  });
});
