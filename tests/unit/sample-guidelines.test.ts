import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../lib/background/content-in-force';
import { activeItems, textFor } from '../../lib/pack/select';
import { NETWORKS } from '../../lib/pack/schema';
import { compileRules } from '../../lib/rules/compile';

// The bundled sample pack must practise what it preaches: its own
// suggestions, inserted as they are, raise no error under its own guidelines.
describe('sample pack against its own guidelines', () => {
  const pack = bundledPack();
  const { engine, errors } = compileRules(pack?.guidelines?.rules ?? []);

  it('compiles every rule', () => {
    expect(errors).toEqual([]);
    expect(engine.ruleIds.length).toBeGreaterThanOrEqual(10);
  });

  for (const network of NETWORKS) {
    it(`${network}: no item raises an error`, () => {
      const items = activeItems(pack?.items ?? [], { now: new Date('2026-11-23T12:00:00Z'), network });
      const failures = items.flatMap((item) => {
        const text = textFor(item, network) ?? '';
        const lockedSpans = item.lockedSpans?.map((span) => span.text);
        return engine
          .check(text, { network, ...(lockedSpans ? { lockedSpans } : {}) })
          .filter((finding) => finding.severity === 'error')
          .map((finding) => `${item.id}: ${finding.ruleId} ${JSON.stringify(text.slice(finding.start, finding.end))}`);
      });
      expect(failures).toEqual([]);
    });
  }
});
