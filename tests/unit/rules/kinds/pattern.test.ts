import { describe, expect, it } from 'vitest';
import { compileRules } from '../../../../lib/rules/compile';
import { RuleEngineImpl } from '../../../../lib/rules/engine';
import { TermTrie } from '../../../../lib/rules/term-trie';
import { engineOf, found, linkedin, messages, sampleRule } from '../helpers';

const pattern = (id: string, source: string, flags?: string) => ({
  id,
  kind: 'pattern',
  severity: 'error',
  pattern: source,
  ...(flags ? { flags } : {}),
  message: messages('{found}'),
});

describe('pattern rules', () => {
  const quarters = engineOf(sampleRule('quarter-figures'));

  it('en, da, nl, ru: the sample pattern finds quarter figures', () => {
    expect(found(quarters, 'Our Q3 results are in')).toEqual(['Q3 results']);
    expect(found(quarters, 'Vores Q3-tal er klar, h1 resultater også')).toEqual(['Q3-tal', 'h1 resultater']);
    expect(found(quarters, 'De Q4 2026 cijfers')).toEqual(['Q4 2026 cijfers']);
    expect(found(quarters, 'Результаты за 3 квартал скоро')).toEqual(['Результаты за 3 квартал']);
    expect(found(quarters, 'Q3 resultsheet, FAQ3 results, a quarter of results')).toEqual([]);
  });

  it('uses the u flag only when asked, e.g. for \\p{L}', () => {
    const engine = engineOf(pattern('p', '\\p{Lu}{3}', 'u'));
    expect(found(engine, 'ÆØÅ abc')).toEqual(['ÆØÅ']);
  });

  it('rejects catastrophic patterns and keeps the other rules working', () => {
    const { engine, errors } = compileRules([
      pattern('nested', '(a+)+$'),
      pattern('ambiguous', '(a|aa)*b'),
      pattern('polynomial', '(.*a){20}'),
      pattern('backref', '(\\w+)\\s\\1'),
      pattern('empty', 'x*'),
      pattern('broken', '(unclosed'),
      pattern('fine', 'falcon'),
      sampleRule('no-codenames'),
    ]);
    expect(errors.map((e) => [e.ruleId, e.code, e.skipped])).toEqual([
      ['nested', 'unsafe-pattern', true],
      ['ambiguous', 'slow-pattern', true],
      ['polynomial', 'unsafe-pattern', true],
      ['backref', 'unsafe-pattern', true],
      ['empty', 'invalid-pattern', true],
      ['broken', 'invalid-pattern', true],
    ]);
    expect(errors[1]?.message).toMatch(/took [\d.]+ ms on \d+ repetitions of "a"/);
    expect(engine.ruleIds).toEqual(['fine', 'no-codenames']);
    expect(found(engine, `Project Falcon, falcon ${'a'.repeat(5000)}!`)).toEqual(['Project Falcon', 'falcon', 'falcon']);
  });

  it('times each pattern against a budget, with the clock it is given', () => {
    let t = 0;
    const slowClock = () => (t += 10); // every run seems to take 10 ms
    const { errors } = compileRules([pattern('any', 'falcon')], { now: slowClock, patternBudgetMs: 5 });
    expect(errors).toMatchObject([{ ruleId: 'any', code: 'slow-pattern' }]);
  });

  it('switches off a pattern rule that keeps running slow while checking', () => {
    let t = 0;
    let slow = false;
    const clock = () => {
      if (slow) t += 300; // every timed run seems to take 300 ms
      return t;
    };
    const { engine } = compileRules([pattern('p', 'falcon'), sampleRule('no-codenames')], { now: clock });
    expect(found(engine, 'falcon one')).toEqual(['falcon', 'falcon']);
    slow = true;
    expect(found(engine, 'falcon two')).toEqual(['falcon', 'falcon']);
    expect(found(engine, 'falcon three')).toEqual(['falcon']);
    expect(engine.runtimeErrors()).toMatchObject([{ ruleId: 'p', code: 'slow-pattern', index: 0 }]);
  });

  it('sees at most the first 4,000 characters', () => {
    const engine = engineOf(pattern('p', 'falcon'));
    expect(found(engine, `${' '.repeat(4000)}falcon`)).toEqual([]);
  });

  it('a rule that throws is switched off and reported, the others run', () => {
    const errors: string[] = [];
    const engine = new RuleEngineImpl(
      [
        { id: 'boom', kind: 'pattern', severity: 'error', check: () => { throw new Error('bug'); } },
        { id: 'outside', kind: 'pattern', severity: 'error', check: () => [{ ruleId: 'outside', kind: 'pattern', start: 0, end: 99, severity: 'error', message: { en: 'x' } }] },
        { id: 'fine', kind: 'pattern', severity: 'error', check: () => [{ ruleId: 'fine', kind: 'pattern', start: 0, end: 1, severity: 'error', message: { en: 'x' } }] },
      ],
      new TermTrie(),
      new Set(),
      new Map([['boom', 3]]),
      { onRuleError: (id) => errors.push(id) },
    );
    expect(engine.check('abc', linkedin).map((f) => f.ruleId)).toEqual(['fine']);
    expect(errors).toEqual(['boom', 'outside']);
    expect(engine.runtimeErrors()).toMatchObject([{ ruleId: 'boom', code: 'rule-failed', index: 3 }]);
  });
});
