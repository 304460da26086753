import { describe, expect, it } from 'vitest';
import type { PackProblem } from '../../../lib/messaging';
import { type PackProblemStore, problemsInForce, recordPackProblems } from '../../../lib/background/pack-problems';
import type { Finding } from '../../../lib/rules/types';

function memoryStore(initial: PackProblem[] = []): PackProblemStore & { list: PackProblem[] } {
  const store = {
    list: initial,
    get: async () => store.list,
    set: async (next: PackProblem[]) => {
      store.list = next;
    },
  };
  return store;
}

const finding = (ruleId: string): Finding => ({ ruleId, kind: 'links', start: 0, end: 4, severity: 'warning', message: { en: ruleId } });
const pack = { id: 'acme', publisher: 'Acme', version: 3, issuedAt: '2026-11-01T00:00:00Z' };

describe('pack problems', () => {
  it('records item and rule ids, counts repeats, and keeps no text', async () => {
    const store = memoryStore();
    const found = [{ itemId: 'launch', itemTitle: 'Launch', finding: finding('link-tracking') }];
    await recordPackProblems(store, pack, 'x', found, 1000);
    await recordPackProblems(store, pack, 'x', found, 2000);
    await recordPackProblems(store, pack, 'linkedin', found, 3000);
    expect(store.list).toEqual([
      { packId: 'acme', packVersion: 3, itemId: 'launch', itemTitle: 'Launch', network: 'x', ruleId: 'link-tracking', severity: 'warning', seen: 2, lastSeen: 2000 },
      { packId: 'acme', packVersion: 3, itemId: 'launch', itemTitle: 'Launch', network: 'linkedin', ruleId: 'link-tracking', severity: 'warning', seen: 1, lastSeen: 3000 },
    ]);
  });

  it('a new version of the pack drops the old version’s problems; other packs keep theirs', async () => {
    const store = memoryStore();
    const launch = { itemId: 'launch', itemTitle: 'Launch', finding: finding('link-tracking') };
    await recordPackProblems(store, pack, 'x', [launch], 1000);
    await recordPackProblems(store, { ...pack, id: 'team' }, 'x', [launch], 1000);
    await recordPackProblems(store, { ...pack, version: 4 }, 'x', [{ ...launch, finding: finding('disclosure') }], 2000);
    expect(store.list.map((p) => `${p.packId}@${p.packVersion}:${p.ruleId}`)).toEqual(['team@3:link-tracking', 'acme@4:disclosure']);
    expect(problemsInForce(store.list, { ...pack, version: 4 }).map((p) => p.ruleId)).toEqual(['disclosure']);
    expect(problemsInForce(store.list, pack)).toEqual([]);
    expect(problemsInForce(store.list, null)).toEqual([]);
  });

  it('keeps at most 100, dropping the longest unseen', async () => {
    const store = memoryStore();
    for (let i = 0; i < 105; i++) {
      await recordPackProblems(store, pack, 'x', [{ itemId: `item-${i}`, itemTitle: 'T', finding: finding('r') }], i);
    }
    expect(store.list).toHaveLength(100);
    expect(store.list[0]?.itemId).toBe('item-5');
  });
});
