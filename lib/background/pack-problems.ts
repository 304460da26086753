import type { PackProblem, PackSummary } from '../messaging';
import type { Network } from '../pack/schema';
import type { Finding } from '../rules/types';

// Pack problems: findings in text Chorus inserted from a pack and the person
// left as it was (lib/rules/inserted-findings.ts). The pack breaks its own
// guidelines there, so the person is not told it is their mistake; the popup
// and the options page show it as the pack's, for the admin to fix. Kept on
// this device, and only ids: never the draft's text.

export interface PackProblemStore {
  get: () => Promise<PackProblem[]>;
  set: (problems: PackProblem[]) => Promise<void>;
}

export interface PackFinding {
  itemId: string;
  itemTitle: string;
  finding: Finding;
}

/** Enough to show every problem of a pack; older entries make room. */
const MAX_PROBLEMS = 100;

const keyOf = (p: Pick<PackProblem, 'packId' | 'packVersion' | 'itemId' | 'network' | 'ruleId'>) =>
  `${p.packId}@${p.packVersion}\u0000${p.itemId}\u0000${p.network}\u0000${p.ruleId}`;

export async function recordPackProblems(
  store: PackProblemStore,
  pack: PackSummary,
  network: Network,
  found: readonly PackFinding[],
  now: number,
): Promise<void> {
  if (found.length === 0) return;
  // Problems of another version of this pack were fixed or are moot.
  const kept = (await store.get()).filter((p) => p.packId !== pack.id || p.packVersion === pack.version);
  const byKey = new Map(kept.map((p) => [keyOf(p), p]));
  for (const { itemId, itemTitle, finding } of found) {
    const entry: PackProblem = {
      packId: pack.id,
      packVersion: pack.version,
      itemId,
      itemTitle,
      network,
      ruleId: finding.ruleId,
      severity: finding.severity,
      seen: 1,
      lastSeen: now,
    };
    const key = keyOf(entry);
    const before = byKey.get(key);
    byKey.delete(key);
    byKey.set(key, before ? { ...before, seen: before.seen + 1, lastSeen: now } : entry);
  }
  await store.set([...byKey.values()].slice(-MAX_PROBLEMS));
}

/** Only the problems of the pack version in force. */
export function problemsInForce(problems: readonly PackProblem[], pack: PackSummary | null): PackProblem[] {
  if (!pack) return [];
  return problems.filter((p) => p.packId === pack.id && p.packVersion === pack.version);
}
