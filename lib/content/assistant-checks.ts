import type { ChecksView, FindingView, Placer } from '../../components/types';
import { pickLocalized } from '../i18n';
import type { Finding } from '../rules/types';
import type { Composer, SiteAdapter } from '../sites/types';
import { type CheckResult, type DraftCheck, watchDraft } from './checks';
import { findingKey } from './finding-at';
import { type FocusedFinding, trackFindingFocus } from './finding-focus';
import { applyEdits } from './insert';
import type { SurfaceRequest } from './surface-place';
import { findingCardRequest, prePostRequest } from './surfaces';
import type { Underlines } from './underlines';

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
  /** Chorus is about to change the draft (an insert): caret moves it makes open no card. */
  chorusEdits: () => void;
  addLockedSpans: (spans: string[]) => void;
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
  placer: (request: SurfaceRequest) => Placer,
  redraw: () => void,
  underlines: Underlines,
): ComposerChecks {
  const { editor } = composer;
  let source: ChecksSource = { check: null, contact: null, policyUrl: null };
  let result: CheckResult | null = null;
  let focused: FocusedFinding | null = null;
  let prePost: { place: Placer } | null = null;
  let cardHovered = false;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const locked: string[] = [];

  const focus = trackFindingFocus(editor, () => result, (next, via) => {
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
    check: () => source.check,
    lockedSpans: () => locked,
    onResult: (latest) => {
      result = latest;
      focus.resultChanged();
      redraw();
    },
    underlines,
  });

  const byId = (id: string) => result?.findings.find((f) => result && findingKey(f, result.text) === id);
  const fix = async (id: string) => {
    const finding = byId(id);
    if (!finding?.fix || !result) return false;
    focus.chorusEdits();
    const outcome = await applyEdits(editor, composer.kind, result.text, finding.fix.edits);
    focused = null;
    draft.recheck();
    return outcome.ok;
  };
  // Alt+Enter opens the card of the finding the caret is on, and once it is open applies its fix.
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !event.altKey || !result) return;
    if (focused?.via !== 'caret') {
      focus.askAtCaret();
      if (focused) event.preventDefault();
      return;
    }
    if (!focused.finding.fix) return;
    event.preventDefault();
    void fix(findingKey(focused.finding, result.text));
  };
  editor.addEventListener('keydown', onKey);

  const button = adapter.postButton?.(editor) ?? null;
  const showPrePost = () => {
    if (!button) return;
    prePost = { place: placer(prePostRequest(() => button.getBoundingClientRect())) };
    redraw();
  };
  // Whether the pointer or focus is on Post: the card stays while it is, or while the card itself is pointed at.
  let onPost = false;
  const enterPost = () => {
    onPost = true;
    showPrePost();
  };
  const hidePrePost = () => {
    onPost = false;
    hideSoon();
  };
  const hideSoon = () => {
    setTimeout(() => {
      if (cardHovered || onPost || !prePost) return;
      prePost = null;
      redraw();
    }, HIDE_MS);
  };
  button?.addEventListener('pointerenter', enterPost);
  button?.addEventListener('focus', enterPost);
  button?.addEventListener('pointerleave', hidePrePost);
  button?.addEventListener('blur', hidePrePost);

  return {
    view() {
      if (!source.check || !result) return null;
      const text = result.text;
      const findings = result.findings.map((f) => toView(f, text));
      const counts = { error: 0, warning: 0, suggestion: 0 };
      for (const f of findings) counts[f.severity]++;
      const card =
        focused && byId(findingKey(focused.finding, text))
          ? { finding: toView(focused.finding, text), place: placer(findingCardRequest(focused.rect, focused.via === 'caret')), byKeyboard: focused.via === 'caret' }
          : null;
      const contact = source.contact ? { name: source.contact.name, email: source.contact.email ?? null } : null;
      const empty = text.trim() === '';
      return { counts, empty, findings, contact, policyUrl: safeUrl(source.policyUrl ?? undefined), card, prePost };
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
        hideSoon();
        redraw();
      }
    },
    chorusEdits: () => focus.chorusEdits(),
    addLockedSpans(spans) {
      locked.push(...spans);
      draft.recheck();
    },
    setSource(next) {
      source = next;
      draft.recheck();
    },
    recheck: draft.recheck,
    stop() {
      clearTimeout(hideTimer);
      focus.stop();
      draft.stop();
      editor.removeEventListener('keydown', onKey);
      button?.removeEventListener('pointerenter', enterPost);
      button?.removeEventListener('focus', enterPost);
      button?.removeEventListener('pointerleave', hidePrePost);
      button?.removeEventListener('blur', hidePrePost);
    },
  };
}
