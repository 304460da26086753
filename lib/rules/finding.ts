// Turns a rule's config and a place in the text into a Finding, filling the
// pack author's placeholders ({found}, {replacement}, {max}…) in every
// language the author wrote.
import type { Fix, Finding, Localized, RuleKind, Severity } from './types';

// A value may differ per language (the name of a kind of personal data).
export type Vars = Record<string, string | number | Localized>;

const PLACEHOLDER = /\{(\w+)\}/g;

// A message cut once into literal text and placeholder names (odd indices),
// so filling it on every check is concatenation, not a RegExp replace per
// language: that was a fifth of a check's time with a dozen findings.
// The same findings come back on every keystroke, so filled messages are
// remembered per template and placeholder values (and shared: read-only).
interface Template {
  parts: [lang: string, parts: string[]][];
  names: string[];
  filled: Map<string, Localized>;
}
const templates = new WeakMap<Localized, Template>();
const REMEMBERED = 64;

function templateOf(text: Localized): Template {
  let template = templates.get(text);
  if (!template) {
    const parts = Object.entries(text).map(([lang, t]): [string, string[]] => [lang, t.split(PLACEHOLDER)]);
    const names = [...new Set(parts.flatMap(([, p]) => p.filter((_, i) => i % 2 === 1)))];
    template = { parts, names, filled: new Map() };
    templates.set(text, template);
  }
  return template;
}

export function fill(text: Localized, vars: Vars): Localized {
  const template = templateOf(text);
  const key = template.names.map((name) => valueKey(Object.hasOwn(vars, name) ? vars[name] : undefined)).join('\u0000');
  let out = template.filled.get(key);
  if (!out) {
    out = fillParts(template, vars);
    if (template.filled.size >= REMEMBERED) template.filled.clear();
    template.filled.set(key, out);
  }
  return out;
}

const valueKey = (value: Vars[string] | undefined) =>
  value === undefined ? '\u0001' : typeof value === 'object' ? (value.en ?? '') : String(value);

function fillParts(template: Template, vars: Vars): Localized {
  const out: Localized = {};
  for (const [lang, parts] of template.parts) {
    let filled = parts[0] ?? '';
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i] as string;
      const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
      // Unknown placeholders stay as written, so a typo shows instead of vanishing.
      const text = value === undefined ? `{${name}}` : typeof value === 'object' ? (value[lang] ?? value.en) : String(value);
      filled += (text ?? `{${name}}`) + (parts[i + 1] ?? '');
    }
    out[lang] = filled;
  }
  return out;
}

export interface RuleBase {
  id: string;
  kind: RuleKind;
  severity: Severity;
  message: Localized;
  reason?: Localized;
  guidelineUrl?: string;
}

// What findings need of a rule's config: rules with thousands of terms keep
// this, not the whole parsed config, alive.
export function ruleBase(config: RuleBase): RuleBase {
  const { id, kind, severity, message, reason, guidelineUrl } = config;
  return { id, kind, severity, message, ...(reason ? { reason } : {}), ...(guidelineUrl ? { guidelineUrl } : {}) };
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
