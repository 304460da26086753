// Turns a rule's config and a place in the text into a Finding, filling the
// pack author's placeholders ({found}, {replacement}, {max}…) in every
// language the author wrote.
import type { Fix, Finding, Localized, RuleKind, Severity } from './types';

// A value may differ per language (the name of a kind of personal data).
export type Vars = Record<string, string | number | Localized>;

const PLACEHOLDER = /\{(\w+)\}/g;

export function fill(text: Localized, vars: Vars): Localized {
  const out: Localized = {};
  for (const [lang, template] of Object.entries(text)) {
    // Unknown placeholders stay as written, so a typo shows instead of vanishing.
    out[lang] = template.replace(PLACEHOLDER, (whole, name: string) => {
      const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
      if (value === undefined) return whole;
      return typeof value === 'object' ? (value[lang] ?? value.en ?? whole) : String(value);
    });
  }
  return out;
}

interface RuleBase {
  id: string;
  kind: RuleKind;
  severity: Severity;
  message: Localized;
  reason?: Localized;
  guidelineUrl?: string;
}

export function makeFinding(
  rule: RuleBase,
  start: number,
  end: number,
  vars: Vars,
  fix?: Fix,
  message: Localized = rule.message,
): Finding {
  const finding: Finding = {
    ruleId: rule.id,
    kind: rule.kind,
    start,
    end,
    severity: rule.severity,
    message: fill(message, vars),
  };
  if (rule.reason) finding.reason = fill(rule.reason, vars);
  if (rule.guidelineUrl) finding.guidelineUrl = rule.guidelineUrl;
  if (fix) finding.fix = fix;
  return finding;
}
