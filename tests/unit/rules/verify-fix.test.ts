import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/rules/types';
import { applyFix, engineOf, linkedin, messages, SAMPLE_RULES } from './helpers';

const sample = engineOf(...SAMPLE_RULES);
const byRule = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);

describe('fixes never trade their finding for a new error', () => {
  it('a misspelt product still counts as a mention, so its fix keeps the disclosure as it was', () => {
    const text = 'Love the new Wind Pilot!';
    const findings = sample.check(text, linkedin);
    expect(byRule(findings, 'disclosure')).toHaveLength(1);
    const [brand] = byRule(findings, 'brand-spelling');
    expect(brand?.fix).toBeDefined();
  });

  it('a misspelt unannounced product is caught too', () => {
    const findings = sample.check('#employee Soon: Wind Pilot X3', linkedin);
    expect(byRule(findings, 'unannounced-products').map((f) => f.start)).toEqual([16]);
  });

  it('drops a fix that would make an error appear elsewhere', () => {
    const engine = engineOf(
      { id: 'shout', kind: 'shouting', severity: 'suggestion', message: messages('x') },
      { id: 'nato', kind: 'pattern', severity: 'error', pattern: '\\bnato\\b', message: messages('x') },
    );
    const [shout] = engine.check('WE WILL NEVER LEAVE NATO, NEVER EVER', linkedin);
    expect(shout?.ruleId).toBe('shout');
    expect(shout?.fix).toBeUndefined();
    expect(shout?.fixWithheld).toBe(true); // so the card can say why there is none
    const [kept] = engine.check('WE WILL NEVER LEAVE THE CLUB, NEVER', linkedin);
    expect(kept?.fix).toBeDefined();
    expect(kept?.fixWithheld).toBeUndefined();
  });

  it('drops a fix that would push the post over the length limit', () => {
    const text = `WindPilot ${'x'.repeat(2985)}`;
    const [disclosure] = byRule(sample.check(text, linkedin), 'disclosure');
    expect(disclosure?.fix).toBeUndefined();
    const [shorter] = byRule(sample.check(text.slice(0, 2900), linkedin), 'disclosure');
    expect(shorter?.fix).toBeDefined();
  });

  it('leaves a buried disclosure that is a locked span in place and adds one at the start', () => {
    const text = `WindPilot ${'is great and '.repeat(20)}#employee`;
    const ctx = { network: 'linkedin' as const, lockedSpans: ['#employee'] };
    const [disclosure] = byRule(sample.check(text, ctx), 'disclosure');
    const after = applyFix(text, disclosure?.fix ?? { label: {}, edits: [] });
    expect(after).toBe(`#employee ${text}`);
    expect(sample.check(after, ctx).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
