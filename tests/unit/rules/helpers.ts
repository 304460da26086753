// Shared by the rule tests: compile a few rules, check a text, read results.
import { expect } from 'vitest';
import { compileRules } from '../../../lib/rules/compile';
import sampleRules from '../../../lib/rules/sample-rules.json';
import type { CheckContext, Finding, Fix, RuleEngine } from '../../../lib/rules/types';

export const SAMPLE_RULES: readonly Record<string, unknown>[] = sampleRules;

// Compiles rules that must all be valid; a test about errors calls
// compileRules itself.
export function engineOf(...rules: Record<string, unknown>[]): RuleEngine {
  const { engine, errors } = compileRules(rules, {
    onRuleError: (ruleId, error) => {
      throw new Error(`rule ${ruleId} failed: ${String(error)}`);
    },
  });
  expect(errors.filter((e) => e.skipped)).toEqual([]);
  return engine;
}

export function sampleRule(id: string): Record<string, unknown> {
  const rule = SAMPLE_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no sample rule ${id}`);
  return rule;
}

export const linkedin: CheckContext = { network: 'linkedin' };

// What each finding covers, as text: the easiest thing to assert on.
export function found(engine: RuleEngine, text: string, ctx: CheckContext = linkedin): string[] {
  return engine.check(text, ctx).map((f) => text.slice(f.start, f.end));
}

export function applyFix(text: string, fix: Fix): string {
  let out = text;
  for (const edit of [...fix.edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.insert + out.slice(edit.end);
  }
  return out;
}

// Applies the only finding's fix and returns the new text.
export function fixed(engine: RuleEngine, text: string, ctx: CheckContext = linkedin): string {
  const findings = engine.check(text, ctx).filter((f) => f.fix);
  expect(findings).toHaveLength(1);
  return applyFix(text, (findings[0] as Finding & { fix: Fix }).fix);
}

// A minimal message in the five languages packs use.
export const messages = (en: string) => ({ en, da: en, nl: en, ru: en, de: en });
