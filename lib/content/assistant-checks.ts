import type { ChecksView, FindingView } from '../../components/types';
import { pickLocalized } from '../i18n';
import type { Finding } from '../rules/types';
import type { Composer, SiteAdapter } from '../sites/types';
import { type CheckResult, type DraftCheck, watchDraft } from './checks';
import { findingKey } from './finding-at';
import { type FocusedFinding, trackFindingFocus } from './finding-focus';
import { applyEdits } from './insert';
import type { Underlines } from './underline-types';

// The inline checks of one composer, turned into what the views show: the
// counts, the list, the card beside a finding and the card beside Post.

export interface ChecksSource {
  check: DraftCheck | null;
  contact: { name: string; email?: string | undefined } | null;
  policyUrl: string | null;
}

export interface ComposerChecks {
  view: () => ChecksView | null;
  fix: (id: string) => Promise<boolean>;
  ignore: (id: string) => void;
  cardHover: (inside: boolean) => void;
  /** Whether a finding card or the card beside Post is shown. */
  cardShown: () => boolean;
  /** Hides both cards; the finding's card stays away until the caret or pointer leaves it. */
  dismissCards: () => void;
  /** A suggestion went in: its locked spans must stay, and its unchanged text is the pack's. */
  addInserted: (itemId: string, lockedSpans: string[]) => void;
  setSource: (source: ChecksSource) => void;
  recheck: () => void;
  stop: () => void;
}

const HIDE_MS = 300;
const safeUrl = (url: string | undefined) => (url?.startsWith('https://') ? url : null);

function toView(finding: Finding, text: string): FindingView {
  return {
    id: findingKey(finding, text),
    severity: finding.severity,
    message: pickLocalized(finding.message),
    reason: finding.reason ? pickLocalized(finding.reason) : null,
    guidelineUrl: safeUrl(finding.guidelineUrl),
    fixLabel: finding.fix ? pickLocalized(finding.fix.label) : null,
    fixWithheld: finding.fixWithheld === true,
    postLevel: finding.start === finding.end,
  };
}

export function attachChecks(
  composer: Composer,
  adapter: SiteAdapter,
  origin: () => { left: number; top: number },
  redraw: () => void,
  underlines: Underlines,
): ComposerChecks {
  const { editor } = composer;
  let source: ChecksSource = { check: null, contact: null, policyUrl: null };
  let result: CheckResult | null = null;
  let focused: FocusedFinding | null = null;
  let prePost: { left: number; top: number } | null = null;
  let cardHovered = false;
  // The finding whose card the person closed with Escape.
  let dismissed: string | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const inserted = { lockedSpans: [] as string[], insertedItemIds: [] as string[] };

  const draft = watchDraft(editor, {
    check: () => source.check,
    inserted: () => inserted,
    onResult: (latest) => {
      result = latest;
      redraw();
    },
    underlines,
  });
  const keyOf = (finding: Finding) => (result ? findingKey(finding, result.text) : null);
  const stopFocus = trackFindingFocus(editor, () => result, (next, via) => {
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

  const byId = (id: string) => result?.findings.find((f) => result && findingKey(f, result.text) === id);
  const cardFinding = () => (focused && result ? byId(findingKey(focused.finding, result.text)) : undefined);
  const hasErrors = () => result?.findings.some((f) => f.severity === 'error') ?? false;
  const fix = async (id: string) => {
    const finding = byId(id);
    if (!finding?.fix || !result) return false;
    const outcome = await applyEdits(editor, composer.kind, result.text, finding.fix.edits);
    focused = null;
    draft.recheck();
    return outcome.ok;
  };
  // Alt+Enter applies the fix of the finding the caret is on. The editor
  // must not see that Enter at all: Draft.js splits the block on any Enter,
  // prevented or not, which would put a line break into the draft.
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !event.altKey || focused?.via !== 'caret' || !focused.finding.fix || !result) return;
    event.preventDefault();
    event.stopPropagation();
    void fix(findingKey(focused.finding, result.text));
  };
  editor.addEventListener('keydown', onKey);

  const button = adapter.postButton?.(editor) ?? null;
  const showPrePost = () => {
    if (!button) return;
    const rect = button.getBoundingClientRect();
    const o = origin();
    prePost = { left: rect.right - o.left, top: rect.top - o.top };
    redraw();
  };
  const hidePrePost = () => {
    setTimeout(() => {
      if (cardHovered) return;
      prePost = null;
      redraw();
    }, HIDE_MS);
  };
  button?.addEventListener('pointerenter', showPrePost);
  button?.addEventListener('focus', showPrePost);
  button?.addEventListener('pointerleave', hidePrePost);
  button?.addEventListener('blur', hidePrePost);

  return {
    view() {
      if (!source.check || !result) return null;
      const text = result.text;
      const findings = result.findings.map((f) => toView(f, text));
      const counts = { error: 0, warning: 0, suggestion: 0 };
      for (const f of findings) counts[f.severity]++;
      const o = origin();
      const card =
        focused && cardFinding()
          ? { finding: toView(focused.finding, text), left: focused.rect.left - o.left, top: focused.rect.bottom - o.top + 6, byKeyboard: focused.via === 'caret' }
          : null;
      const contact = source.contact ? { name: source.contact.name, email: source.contact.email ?? null } : null;
      const empty = text.trim() === '';
      const prePostShown = counts.error > 0 ? prePost : null;
      return { counts, empty, findings, contact, policyUrl: safeUrl(source.policyUrl ?? undefined), card, prePost: prePostShown };
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
        redraw();
      }
    },
    cardShown: () => source.check !== null && (cardFinding() !== undefined || (prePost !== null && hasErrors())),
    dismissCards() {
      dismissed = focused ? keyOf(focused.finding) : null;
      clearTimeout(hideTimer);
      focused = null;
      prePost = null;
      cardHovered = false;
      redraw();
    },
    addInserted(itemId, spans) {
      inserted.lockedSpans.push(...spans);
      if (!inserted.insertedItemIds.includes(itemId)) inserted.insertedItemIds.push(itemId);
      draft.recheck();
    },
    setSource(next) {
      source = next;
      draft.recheck();
    },
    recheck: draft.recheck,
    stop() {
      clearTimeout(hideTimer);
      stopFocus();
      draft.stop();
      editor.removeEventListener('keydown', onKey);
      button?.removeEventListener('pointerenter', showPrePost);
      button?.removeEventListener('focus', showPrePost);
      button?.removeEventListener('pointerleave', hidePrePost);
      button?.removeEventListener('blur', hidePrePost);
    },
  };
}
