import type { Finding } from '../rules/types';
import type { ChecksOptions, ComposerChecks, GuidelinesInForce } from './checks-types';
import { type CheckResult, watchDraft } from './checks';
import { findingKey } from './finding-at';
import { safeUrl, toView } from './finding-view';
import { type FocusedFinding, trackFindingFocus } from './finding-focus';
import { applyEdits } from './insert';
import { trackPrePost } from './pre-post';
import { findingCardRequest } from './surfaces';

// The inline checks of one composer, turned into what the views show: counts,
// list, finding card, card beside Post (pre-post.ts). Stop clears every timer.

const HIDE_MS = 300;
const isBlank = (text: string) => text.trim() === '';
export function attachChecks({ composer, adapter, placer, check, redraw: draw, underlines }: ChecksOptions): ComposerChecks {
  const { editor } = composer;
  let stopped = false;
  const redraw = () => {
    if (!stopped) draw();
  };
  // undefined: not known yet; null: no guidelines in force, nothing to check.
  let guidelines: GuidelinesInForce | null | undefined;
  let result: CheckResult | null = null;
  let focused: FocusedFinding | null = null;
  let cardHovered = false;
  // The finding whose card the person closed with Escape.
  let dismissed: string | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const inserted = { lockedSpans: [] as string[], insertedItemIds: [] as string[] };

  const keyOf = (finding: Finding) => (result ? findingKey(finding, result.text) : null);
  const focus = trackFindingFocus(editor, () => result, (next, via) => {
    if (next && keyOf(next.finding) === dismissed) return;
    dismissed = null;
    clearTimeout(hideTimer);
    if (next || via === 'caret') {
      focused = next;
      redraw();
    } else {
      hideTimer = setTimeout(() => {
        if (cardHovered) return;
        focused = null;
        redraw();
      }, HIDE_MS);
    }
  });

  const draft = watchDraft(editor, {
    check: () => (guidelines === null ? null : check),
    inserted: () => inserted,
    onResult: (latest) => {
      // Clean text typed into a clean draft changes nothing that is shown:
      // no render then, which is most pauses while a person writes.
      const unchanged = result !== null && result.findings.length === 0 && latest.findings.length === 0 && isBlank(result.text) === isBlank(latest.text);
      result = latest;
      if (unchanged) return;
      focus.resultChanged();
      redraw();
    },
    underlines,
  });

  const byId = (id: string) => result?.findings.find((f) => result && findingKey(f, result.text) === id);
  const cardFinding = () => (focused && result ? byId(findingKey(focused.finding, result.text)) : undefined);
  const hasErrors = () => result?.findings.some((f) => f.severity === 'error') ?? false;
  const fix = async (id: string) => {
    const finding = byId(id);
    if (!finding?.fix || !result) return false;
    focus.chorusEdits();
    const outcome = await applyEdits(editor, composer.kind, result.text, finding.fix.edits);
    focused = null;
    draft.recheck();
    return outcome.ok;
  };
  // Alt+Enter opens the card of the finding the caret is on, and once it is
  // open applies its fix. The editor must not see that Enter at all: Draft.js
  // splits the block on any Enter, prevented or not, which would put a line
  // break into the draft.
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !event.altKey || !result) return;
    if (focused?.via !== 'caret') {
      focus.askAtCaret();
      if (focused) {
        event.preventDefault();
        event.stopPropagation();
      }
      return;
    }
    if (!focused.finding.fix) return;
    event.preventDefault();
    event.stopPropagation();
    void fix(findingKey(focused.finding, result.text));
  };
  editor.addEventListener('keydown', onKey);

  const prePost = trackPrePost({ button: adapter.postButton?.(editor) ?? null, placer, cardHovered: () => cardHovered, redraw });

  return {
    view() {
      if (guidelines === null || !result) return null;
      // Not known yet: nothing to say until something is found.
      if (guidelines === undefined && result.findings.length === 0) return null;
      const text = result.text;
      const findings = result.findings.map((f) => toView(f, text));
      const counts = { error: 0, warning: 0, suggestion: 0 };
      for (const f of findings) counts[f.severity]++;
      const card =
        focused && cardFinding()
          ? { finding: toView(focused.finding, text), place: placer(findingCardRequest(focused.rect, focused.via === 'caret')), byKeyboard: focused.via === 'caret' }
          : null;
      const contact = guidelines?.contact ? { name: guidelines.contact.name, email: guidelines.contact.email ?? null } : null;
      const empty = text.trim() === '';
      const prePostShown = counts.error > 0 ? prePost.current() : null;
      return { counts, empty, findings, contact, policyUrl: safeUrl(guidelines?.policyUrl ?? undefined), card, prePost: prePostShown };
    },
    fix,
    ignore(id) {
      const finding = byId(id);
      if (finding) draft.ignore(finding);
      focused = null;
    },
    cardHover(inside) {
      cardHovered = inside;
      if (!inside) {
        focused = focused?.via === 'caret' ? focused : null;
        prePost.hideSoon();
        redraw();
      }
    },
    cardShown: () => guidelines !== null && (cardFinding() !== undefined || (prePost.current() !== null && hasErrors())),
    dismissCards() {
      dismissed = focused ? keyOf(focused.finding) : null;
      clearTimeout(hideTimer);
      focused = null;
      prePost.hide();
      cardHovered = false;
      redraw();
    },
    addInserted(itemId, spans) {
      inserted.lockedSpans.push(...spans);
      if (!inserted.insertedItemIds.includes(itemId)) inserted.insertedItemIds.push(itemId);
      draft.recheck();
    },
    chorusEdits: () => focus.chorusEdits(),
    setGuidelines(next) {
      guidelines = next;
      if (next === null) underlines.clear();
      draft.recheck();
    },
    recheck: draft.recheck,
    stop() {
      stopped = true;
      clearTimeout(hideTimer);
      prePost.stop();
      focus.stop();
      draft.stop();
      editor.removeEventListener('keydown', onKey);
    },
  };
}
