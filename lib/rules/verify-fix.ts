// A fix must clear its own finding and create no new error: a brand fix
// that turns "Wind Pilot X3" into the unannounced "WindPilot X3", or one
// that pushes a post over the length limit, is worse than no fix. Rules
// cannot see each other, so the engine checks every fix before offering it.
//
// A full second check per fix would multiply a check's cost by the number of
// fixes. Instead: most rules are local (their findings depend on the text
// near them), so they are re-run on a window around the edit, before and
// after, and their counts compared; the few global rules (required content,
// length, hashtag count, locked spans) answer a guard over the whole text.
// Both windows share their outer WINDOW characters, so whatever a rule sees
// differently at a window's edge, it sees on both sides. The local verdict
// depends only on the two windows, so it is remembered: typing elsewhere in
// the post does not pay for it again.
import type { AfterFix, CompiledRule } from './rule';
import type { Finding, Fix, TextEdit } from './types';
import type { EngineView } from './view';

// The longest term is 200 characters (config.ts); numbers and links are
// shorter, and a link being fixed is the edit itself.
const WINDOW = 200;
const REMEMBERED = 512;

export interface FixContext {
  text: string;
  before: EngineView;
  findings: readonly Finding[];
  local: readonly CompiledRule[]; // error-severity rules without a guard
  guarded: readonly CompiledRule[]; // error-severity rules with a guard
  byId: ReadonlyMap<string, CompiledRule>;
  makeView: (text: string) => EngineView;
  run: (rule: CompiledRule, view: EngineView) => Finding[];
  verdicts: Map<string, boolean>; // the engine's memory of local verdicts
  key: string; // network and locked spans: what else the windows' checks see
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.insert;
    at = edit.end;
  }
  return out + text.slice(at);
}

export function fixIsSafe(context: FixContext, finding: Finding, fix: Fix): boolean {
  const { text } = context;
  const first = fix.edits[0];
  const last = fix.edits[fix.edits.length - 1];
  const own = context.byId.get(finding.ruleId);
  if (!first || !last || !own) return false;
  let delta = 0;
  for (const edit of fix.edits) delta += edit.insert.length - (edit.end - edit.start);
  const from = Math.max(0, first.start - WINDOW);
  const to = Math.min(text.length, last.end + WINDOW);
  let after: string | undefined;
  const afterText = () => {
    after ??= applyEdits(text, fix.edits);
    return after;
  };
  let windowAfter: EngineView | undefined;
  const afterWindow = () => {
    windowAfter ??= context.makeView(afterText().slice(from, to + delta));
    return windowAfter;
  };
  const afterFix: AfterFix = { length: text.length + delta, text: afterText, window: afterWindow };

  for (const rule of context.guarded) {
    if (rule === own) continue; // a global rule's own fix is right by construction
    if (rule.guard?.(context.before, afterFix, context.findings.some((f) => f.ruleId === rule.id))) return false;
  }
  const key = `${finding.ruleId}\u0000${context.key}\u0000${text.slice(from, to)}\u0000${afterText().slice(from, to + delta)}`;
  let verdict = context.verdicts.get(key);
  if (verdict === undefined) {
    verdict = localVerdict(context, own, text.slice(from, to), afterWindow());
    if (context.verdicts.size >= REMEMBERED) context.verdicts.clear();
    context.verdicts.set(key, verdict);
  }
  return verdict;
}

// Own rule: fewer findings after; every other local error rule: no more.
function localVerdict(context: FixContext, own: CompiledRule, before: string, after: EngineView): boolean {
  const windowBefore = context.makeView(before);
  const rules = own.guard || own.severity === 'error' ? context.local : [own, ...context.local];
  for (const rule of rules) {
    const countBefore = context.run(rule, windowBefore).length;
    const countAfter = context.run(rule, after).length;
    if (rule === own ? countAfter >= countBefore : countAfter > countBefore) return false;
  }
  return true;
}
