import type { Network, Pack } from '../pack/schema';
import { NETWORKS } from '../pack/schema';
import { textFor } from '../pack/select';
import { compileRules } from './compile';
import type { RuleConfigError, Severity } from './types';

// A pack must practise what it preaches: every item, on every network it is
// written for, inserted as it is (with its link), passes every one of the
// pack's own guidelines. The admin's tools run this before a pack is signed,
// so an employee is never warned about the company's own approved post.

export interface PackBreach {
  itemId: string;
  network: Network;
  language: string;
  ruleId: string;
  severity: Severity;
  /** The rule's message in English, for the admin's terminal. */
  message: string;
  /** The flagged text of the item (the item is the admin's own text). */
  found: string;
}

export interface PackSelfCheck {
  breaches: PackBreach[];
  /** Rules that do not compile: they would check nothing in the extension. */
  ruleErrors: RuleConfigError[];
}

export function selfCheckPack(pack: Pick<Pack, 'items' | 'guidelines'>): PackSelfCheck {
  const { engine, errors } = compileRules(pack.guidelines?.rules ?? []);
  const breaches: PackBreach[] = [];
  for (const item of pack.items) {
    const lockedSpans = item.lockedSpans?.map((span) => span.text);
    for (const network of NETWORKS) {
      const text = textFor(item, network);
      if (text === undefined) continue;
      for (const finding of engine.check(text, { network, ...(lockedSpans ? { lockedSpans } : {}) })) {
        breaches.push({
          itemId: item.id,
          network,
          language: item.language,
          ruleId: finding.ruleId,
          severity: finding.severity,
          message: finding.message.en ?? Object.values(finding.message)[0] ?? finding.ruleId,
          found: text.slice(finding.start, finding.end),
        });
      }
    }
  }
  return { breaches, ruleErrors: errors };
}
