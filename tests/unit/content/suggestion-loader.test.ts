import { describe, expect, it, vi } from 'vitest';
import { createSuggestionLoader } from '../../../lib/content/suggestion-loader';

// The panel shows the first answer at once, even one given before the managed
// policy was read, and replaces it with the settled one.

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('createSuggestionLoader', () => {
  it('asks once per page and shares the answer between composers', async () => {
    const ask = vi.fn(async () => ({ index: 'bundled', pending: false }));
    const load = createSuggestionLoader(ask, () => {});
    const [a, b] = await Promise.all([load(false), load(false)]);
    expect(a).toBe(b);
    expect(a).toEqual({ index: 'bundled', pending: false });
    expect(ask).toHaveBeenCalledTimes(1);
    await load(true);
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('shows a pending answer at once, asks again waiting for the policy, and later composers start from the settled one', async () => {
    const second = deferred<{ index: string; pending: boolean }>();
    const ask = vi.fn(async (waitForPolicy: boolean) => (waitForPolicy ? second.promise : { index: 'provisional', pending: true }));
    const load = createSuggestionLoader(ask, () => {});
    const first = await load(false);
    expect(first?.index).toBe('provisional');
    expect(first?.pending).toBe(true);
    expect(ask).toHaveBeenLastCalledWith(true);
    second.resolve({ index: 'company', pending: false });
    expect(await first?.settled).toEqual({ index: 'company', pending: false });
    expect(await load(false)).toEqual({ index: 'company', pending: false });
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('a settled answer that arrives after a fresher ask does not replace it', async () => {
    const slow = deferred<{ index: string; pending: boolean }>();
    let round = 0;
    const ask = vi.fn(async (waitForPolicy: boolean) => {
      if (waitForPolicy) return slow.promise;
      round++;
      return { index: `ask ${round}`, pending: round === 1 };
    });
    const load = createSuggestionLoader(ask, () => {});
    const first = await load(false);
    expect(await load(true)).toEqual({ index: 'ask 2', pending: false });
    slow.resolve({ index: 'stale', pending: false });
    await first?.settled;
    expect((await load(false))?.index).toBe('ask 2');
  });

  it('a failed ask gives null and is reported, so the panel can say what failed', async () => {
    const onError = vi.fn();
    const load = createSuggestionLoader(async () => Promise.reject(new Error('Extension context invalidated.')), onError);
    expect(await load(false)).toBeNull();
    expect(onError).toHaveBeenCalledOnce();
  });

  it('a composer that appears while a fresh ask is on its way starts from the last answer', async () => {
    const fresh = deferred<{ index: string; pending: boolean }>();
    let round = 0;
    const load = createSuggestionLoader(async () => (++round === 1 ? { index: 'first', pending: false } : fresh.promise), () => {});
    await load(false);
    const refreshing = load(true);
    expect((await load(false))?.index).toBe('first');
    fresh.resolve({ index: 'second', pending: false });
    expect((await refreshing)?.index).toBe('second');
    expect((await load(false))?.index).toBe('second');
  });

  it('a composer that appears while the first answer is pending starts from it, and settles with it', async () => {
    const second = deferred<{ index: string; pending: boolean }>();
    const fresh = deferred<{ index: string; pending: boolean }>();
    let asks = 0;
    const load = createSuggestionLoader(async (waitForPolicy) => (waitForPolicy ? second.promise : ++asks === 1 ? { index: 'provisional', pending: true } : fresh.promise), () => {});
    await load(false);
    void load(true); // a panel opened: its fresh ask is on its way
    const later = await load(false);
    expect(later?.index).toBe('provisional');
    second.resolve({ index: 'company', pending: false });
    expect((await later?.settled)?.index).toBe('company');
  });
});
