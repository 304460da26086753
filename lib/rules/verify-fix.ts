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
// depends only on the two windows, so it is remembered (Verdicts): typing
// elsewhere in the post does not pay for it again.
import type { CompiledRule } from './rule';
import type { AfterFix } from './text-view';
import { firstAtOrAfter } from './incremental';
import type { Tokens } from '../text/tokenize';
import type { Finding, Fix, TextEdit } from './types';
import type { Verdicts } from './fix-verdicts';
import type { EngineView } from './view';

// Enough for the phrases, numbers (with a word like "tlf." before them) and
// e-mail addresses rules look for; a link being fixed is the edit itself. A
// longer one that a fix completes is seen cut on both sides, so such a fix
// may be let through (a fix is never refused for it). Small on purpose: a
// window is cut into words and checked whenever its verdict is not
// remembered (a fix near where the person types), at a cost that grows with
// its size.
const WINDOW = 48;

export interface FixContext {
  text: string;
  before: EngineView;
  findings: readonly Finding[];
  local: readonly CompiledRule[]; // error-severity rules without a guard
  guarded: readonly CompiledRule[]; // error-severity rules with a guard
  byId: ReadonlyMap<string, CompiledRule>;
  // The text between two offsets that cut no word, with the words and hits
  // taken from the whole text's analysis; and that window after the fix,
  // analysed again only where the fix changed it.
  windowView: (from: number, to: number) => EngineView;
  editedView: (from: number, to: number, edited: string) => EngineView;
  run: (rule: CompiledRule, view: EngineView) => Finding[];
  verdicts: Verdicts;
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

interface Cluster {
  from: number; // window in the text before the fix
  to: number;
  edits: TextEdit[]; // relative to `from`
}

// Edits close together share a window; far apart (a disclosure moved from
// the end to the start) each get their own, or the window would be the
// whole post and never be remembered. A window's ends are moved out of any
// word they would cut, so its words are the text's own.
function clustersOf(text: string, words: Tokens, edits: readonly TextEdit[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const edit of edits) {
    const last = clusters[clusters.length - 1];
    if (last && edit.start - WINDOW <= last.to) {
      last.to = Math.max(last.to, wordEnd(words, Math.min(text.length, edit.end + WINDOW)));
      last.edits.push({ ...edit, start: edit.start - last.from, end: edit.end - last.from });
      continue;
    }
    const from = wordStart(words, Math.max(0, edit.start - WINDOW));
    const to = wordEnd(words, Math.min(text.length, edit.end + WINDOW));
    clusters.push({ from, to, edits: [{ ...edit, start: edit.start - from, end: edit.end - from }] });
  }
  return clusters;
}

// The start of the word `at` falls inside, or `at`.
function wordStart(words: Tokens, at: number): number {
  const i = wordAround(words, at);
  return i < 0 ? at : (words.starts[i] as number);
}

function wordEnd(words: Tokens, at: number): number {
  const i = wordAround(words, at);
  return i < 0 ? at : (words.ends[i] as number);
}

// The word with start < at < end, or -1: the first word ending after `at`,
// if it starts before it.
function wordAround(words: Tokens, at: number): number {
  const i = firstAtOrAfter(words.ends, at + 1);
  return i < words.starts.length && (words.starts[i] as number) < at ? i : -1;
}

export function fixIsSafe(context: FixContext, finding: Finding, fix: Fix): boolean {
  const { text } = context;
  const own = context.byId.get(finding.ruleId);
  if (!own || fix.edits.length === 0) return false;
  let delta = 0;
  for (const edit of fix.edits) delta += edit.insert.length - (edit.end - edit.start);
  const clusters = clustersOf(text, context.before.tokens(), fix.edits);
  let windowsAfter: EngineView[] | undefined;
  const afterWindows = () => {
    windowsAfter ??= clusters.map((c) => context.editedView(c.from, c.to, applyEdits(text.slice(c.from, c.to), c.edits)));
    return windowsAfter;
  };
  let afterText: string | undefined;
  const afterFix: AfterFix = {
    length: text.length + delta,
    edits: fix.edits,
    text: () => {
      afterText ??= applyEdits(text, fix.edits);
      return afterText;
    },
    windows: afterWindows,
  };

  for (const rule of context.guarded) {
    if (rule === own) continue; // a global rule's own fix is right by construction
    if (rule.guard?.(context.before, afterFix, context.findings.some((f) => f.ruleId === rule.id))) return false;
  }
  return clusters.every((cluster, i) => {
    // The finding itself is in one window: there, its rule must lose it.
    const holdsFinding = finding.start - WINDOW < cluster.to && cluster.from < finding.end + WINDOW;
    const signature = `${holdsFinding}\u0000${cluster.edits.map((e) => `${e.start},${e.end},${e.insert}`).join('\u0000')}`;
    return context.verdicts.get(finding.ruleId, cluster.from, cluster.to, signature, () =>
      localVerdict(context, own, holdsFinding, context.windowView(cluster.from, cluster.to), afterWindows()[i] as EngineView),
    );
  });
}

// The own rule: fewer findings after (where it had one); every other local
// error rule: no more than before.
function localVerdict(
  context: FixContext,
  own: CompiledRule,
  ownMustDrop: boolean,
  windowBefore: EngineView,
  after: EngineView,
): boolean {
  const before = windowBefore.text;
  const rules = own.guard || own.severity === 'error' ? context.local : [own, ...context.local];
  for (const rule of rules) {
    if (rule.mayFind && !rule.mayFind(before) && !rule.mayFind(after.text)) continue;
    const countBefore = context.run(rule, windowBefore).length;
    const countAfter = context.run(rule, after).length;
    if (rule === own && ownMustDrop ? countAfter >= countBefore : countAfter > countBefore) return false;
  }
  return true;
}
