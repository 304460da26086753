import { describe, expect, it } from 'vitest';
import { compileRules } from '../../../lib/rules/compile';
import { ruleConfigSchema } from '../../../lib/rules/kinds';
import { RULE_KINDS } from '../../../lib/rules/types';
import { engineOf, messages, SAMPLE_RULES } from './helpers';

describe('compileRules', () => {
  it('compiles the sample rules without a single error, every kind included', () => {
    const { engine, errors } = compileRules(SAMPLE_RULES);
    expect(errors).toEqual([]);
    expect(engine.ruleIds).toHaveLength(SAMPLE_RULES.length);
    expect(new Set(SAMPLE_RULES.map((r) => r.kind))).toEqual(new Set(RULE_KINDS));
  });

  it('the union schema for tooling accepts every sample rule', () => {
    for (const rule of SAMPLE_RULES) expect(ruleConfigSchema.safeParse(rule).success, String(rule.id)).toBe(true);
  });

  it('sample messages exist in en, da, nl, ru and de', () => {
    for (const rule of SAMPLE_RULES) {
      expect(Object.keys(rule.message as object).sort(), String(rule.id)).toEqual(['da', 'de', 'en', 'nl', 'ru']);
    }
  });

  it('reports broken rules readably and keeps the good ones', () => {
    const { engine, errors } = compileRules([
      'not a rule',
      { id: 'future', kind: 'sentiment', severity: 'error', message: messages('x') },
      { id: 'typo', kind: 'banned-terms', severity: 'fatal', terms: [], message: { da: 'x' } },
      { id: 'ok', kind: 'hashtag-count', severity: 'warning', max: 3, message: messages('x'), exeptions: [] },
      { id: 'ok', kind: 'shouting', severity: 'warning', message: messages('x') },
      { id: 'bad-term', kind: 'banned-terms', severity: 'error', terms: ['***', 'falcon'], message: messages('x') },
    ]);
    expect(errors.map((e) => [e.index, e.ruleId, e.code, e.skipped])).toEqual([
      [0, undefined, 'not-an-object', true],
      [1, 'future', 'unknown-kind', true],
      [2, 'typo', 'invalid-config', true],
      [2, 'typo', 'invalid-config', true],
      [2, 'typo', 'invalid-config', true],
      [3, 'ok', 'unknown-option', false],
      [4, 'ok', 'duplicate-id', true],
      [5, 'bad-term', 'invalid-config', false],
    ]);
    expect(errors[1]?.message).toContain('is not one of banned-terms, substitution');
    expect(errors.slice(2, 5).map((e) => e.message)).toEqual([
      'severity: expected one of ["error","warning","suggestion"]',
      'message: needs an "en" text',
      'terms: too small or too short (minimum 1)',
    ]);
    expect(errors[5]?.message).toBe('unknown option "exeptions" is ignored');
    expect(engine.ruleIds).toEqual(['ok', 'bad-term']);
  });

  it('checks only on the networks a rule names', () => {
    const engine = engineOf({ id: 'tags', kind: 'hashtag-count', severity: 'warning', max: 0, networks: ['x'], message: messages('x') });
    expect(engine.check('#a', { network: 'linkedin' })).toEqual([]);
    expect(engine.check('#a', { network: 'x' })).toHaveLength(1);
  });

  it('sorts findings by place, then rule, and answers a repeated text the same', () => {
    const engine = engineOf(...SAMPLE_RULES);
    const text = 'WINDPILOT IS HERE AND IT IS GREAT! Project Falcon next. Call 20 12 34 56.';
    const first = engine.check(text, { network: 'linkedin' });
    expect(first.map((f) => f.ruleId)).toEqual(['disclosure', 'brand-spelling', 'shouting', 'no-codenames', 'personal-data', 'campaign-hashtag']);
    expect(engine.check(text, { network: 'linkedin' })).toEqual(first);
    expect(engine.check(text, { network: 'linkedin', lockedSpans: ['#x'] })).toHaveLength(first.length + 1);
  });
});
