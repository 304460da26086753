// The guideline engine's contract with the UI: what a check returns and what
// it needs. Offsets are UTF-16 code units, like DOM Ranges and JS strings, so
// the UI can map a finding onto the composer without converting.
import type { Network } from '../pack/schema';

// The kinds' names, which findings carry; each kind's code is its file in
// kinds/, listed in kinds/index.ts (a test keeps the two lists the same).
export const RULE_KINDS = [
  'banned-terms',
  'substitution',
  'required-content',
  'personal-data',
  'links',
  'length',
  'hashtag-count',
  'shouting',
  'locked-spans',
  'pattern',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

// Declared once: the rules' schema (config.ts) accepts exactly these.
export const SEVERITIES = ['error', 'warning', 'suggestion'] as const;
export type Severity = (typeof SEVERITIES)[number];

// Language tag -> text; 'en' is always present (the schema insists), so the
// UI can fall back to it.
export type Localized = Record<string, string>;

export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

// Edits are against the checked text, sorted and non-overlapping, so the UI
// can apply them from last to first without re-mapping offsets.
export interface Fix {
  label: Localized;
  edits: TextEdit[];
}

// A finding with start === end is about the whole post (a missing hashtag);
// the offset is where its fix would insert.
export interface Finding {
  ruleId: string;
  kind: RuleKind;
  start: number;
  end: number;
  severity: Severity;
  message: Localized;
  reason?: Localized;
  guidelineUrl?: string;
  fix?: Fix;
  // The rule had a fix, but applying it would break another guideline
  // (verify-fix.ts), so none is offered; the card says why.
  fixWithheld?: true;
}

export interface CheckContext {
  network: Network;
  // Texts that must stay as written, from an inserted suggestion.
  lockedSpans?: string[];
}

export type RuleErrorCode =
  | 'not-an-object'
  | 'unknown-kind'
  | 'invalid-config'
  | 'duplicate-id'
  | 'unknown-option'
  | 'invalid-pattern'
  | 'unsafe-pattern'
  | 'slow-pattern'
  | 'rule-failed';

// What is wrong with one rule's config, as its kind found it; compile.ts adds
// the rule's id and place and makes it a RuleConfigError.
export interface RuleProblem {
  code: RuleErrorCode;
  message: string;
}

// Readable by an admin in the options page or the pack CLI. `skipped` is
// false only for warnings (an unknown option is ignored, the rule still runs).
export interface RuleConfigError {
  ruleId?: string;
  index: number;
  code: RuleErrorCode;
  message: string;
  skipped: boolean;
}

export interface RuleEngine {
  readonly ruleIds: readonly string[];
  // Findings sorted by start, then end, then rule id. Never throws. A fix
  // is offered only if applying it clears its finding and adds no error.
  // Findings and their texts may be the same objects on the next check:
  // read-only.
  check(text: string, ctx: CheckContext): Finding[];
  // Rules switched off while checking (they threw or ran over their time
  // budget); shown next to the compile errors.
  runtimeErrors(): RuleConfigError[];
}
