import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { compileRules } from '../../../../lib/rules/compile';
import { commonFields } from '../../../../lib/rules/config';
import { makeFinding } from '../../../../lib/rules/finding';
import { ruleKinds } from '../../../../lib/rules/kinds';
import { defineRule } from '../../../../lib/rules/rule';
import { RULE_KINDS, type RuleKind } from '../../../../lib/rules/types';
import { linkedin, messages } from '../helpers';

describe('the rule kinds list', () => {
  it('has one plugin with a schema for every name in RULE_KINDS, and no other', () => {
    expect(ruleKinds.map((kind) => kind.kind).sort()).toEqual([...RULE_KINDS].sort());
    for (const name of RULE_KINDS) {
      const plugin = ruleKinds.find((kind) => kind.kind === name);
      expect(plugin?.schema.shape.kind.safeParse(name).success, name).toBe(true);
      expect(typeof plugin?.compile, name).toBe('function');
    }
  });

  it('gives every kind the common fields unchanged: a kind cannot redefine id or severity', () => {
    for (const plugin of ruleKinds) {
      for (const [field, schema] of Object.entries(commonFields)) {
        expect(plugin.schema.shape[field as keyof typeof commonFields], `${plugin.kind}.${field}`).toBe(schema);
      }
    }
  });
});

// A kind the engine has never heard of: the same defineRule, one list entry,
// and the engine compiles and runs it with nothing else changed.
const echoRule = defineRule('echo', { word: z.string().check(z.minLength(1)) }, (config) => {
  // Not one of RULE_KINDS (the names findings carry): a real kind adds its
  // name there too.
  const base = { ...config, kind: config.kind as RuleKind };
  return {
    check: (view) => {
      const at = view.text.indexOf(config.word);
      return at < 0 ? [] : [makeFinding(base, at, at + config.word.length, { found: config.word })];
    },
  };
});
const withEcho = { kinds: [...ruleKinds, echoRule] };
const echo = (extra: Record<string, unknown> = {}) => ({
  id: 'echo-1',
  kind: 'echo',
  severity: 'warning',
  word: 'hello',
  message: messages('{found}'),
  ...extra,
});

describe('a new kind through defineRule', () => {
  it('compiles and checks beside the built-in kinds, with id, kind and severity filled in', () => {
    const { engine, errors } = compileRules([echo(), { id: 'tags', kind: 'hashtag-count', severity: 'error', max: 0, message: messages('x') }], withEcho);
    expect(errors).toEqual([]);
    expect(engine.ruleIds).toEqual(['echo-1', 'tags']);
    const findings = engine.check('say hello #now', linkedin);
    expect(findings.map((f) => [f.ruleId, f.kind, f.severity, f.start, f.end, f.message.en])).toEqual([
      ['echo-1', 'echo', 'warning', 4, 9, 'hello'],
      ['tags', 'hashtag-count', 'error', 10, 14, 'x'],
    ]);
  });

  it('gets the common fields checked and its networks honoured', () => {
    const { errors } = compileRules([echo({ severity: 'fatal', word: '' })], withEcho);
    expect(errors.map((e) => e.message)).toEqual([
      'severity: expected one of ["error","warning","suggestion"]',
      'word: too small or too short (minimum 1)',
    ]);
    const { engine } = compileRules([echo({ networks: ['x'], colour: 'red' })], withEcho);
    expect(engine.check('hello', linkedin)).toEqual([]);
    expect(engine.check('hello', { network: 'x' })).toHaveLength(1);
    expect(compileRules([echo({ colour: 'red' })], withEcho).errors.map((e) => e.code)).toEqual(['unknown-option']);
  });

  it('is unknown to an engine whose list does not have it', () => {
    const { errors } = compileRules([echo()]);
    expect(errors.map((e) => e.code)).toEqual(['unknown-kind']);
    expect(compileRules([{ ...echo(), kind: 'other' }], withEcho).errors[0]?.message).toContain('pattern, echo');
  });
});
