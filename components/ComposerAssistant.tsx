import { useEffect, useRef, useState } from 'preact/hooks';
import { FindingCard } from './FindingCard';
import { launcherLabel } from './launcher-label';
import type { ShortcutProps } from './ShortcutNote';
import { PrePostCard } from './PrePostCard';
import { SuggestionPanel } from './SuggestionPanel';
import type { ChecksCallbacks, ChecksView, Notice, PanelState, Placer, SuggestionView } from './types';
import { usePlacement } from './use-placement';

export interface AssistantProps extends ChecksCallbacks {
  /** The open-panel command's keys, for the panel's help. */
  shortcut: ShortcutProps['shortcut'];
  onSetShortcut: () => void;
  shortcutSettingsFailed: boolean;
  state: PanelState;
  search: (query: string, topic: string) => SuggestionView[];
  /** Resolves to a notice to show (inserted, or why not). */
  insert: (id: string) => Promise<Notice>;
  onOpen: () => void;
  /** Gives the person's focus back to the composer. */
  returnFocus: () => void;
  checks: ChecksView | null;
  /** A notice from outside the panel (a fix that failed). */
  notice: Notice | null;
  /** Raised by the keyboard command: open the panel and put the caret in its search. */
  openSignal: number;
  /** A new value closes the panel (Escape or a click outside, seen by the content script). */
  closeSignal: number;
  /** Told whenever the panel opens or closes. */
  onOpenChange: (open: boolean) => void;
  /** Where the panel and the notice go, clear of the site's controls (lib/content/surface-place.ts). */
  placePanel: Placer;
  placeNotice: Placer;
}

const NOTICE_MS = 6000;

// The launcher beside a composer and, when opened, the suggestions panel;
// the card beside a flagged word and the card beside Post.
export function ComposerAssistant(props: AssistantProps) {
  const { state, checks } = props;
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => setNotice(props.notice), [props.notice]);
  // A success note fades after a while; an error stays until the next action.
  useEffect(() => {
    if (notice?.tone !== 'success') return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const launcher = useRef<HTMLButtonElement>(null);
  const toast = useRef<HTMLParagraphElement>(null);
  const launcherBox = () => launcher.current?.getBoundingClientRect();
  usePlacement(toast, props.placeNotice, { openedFrom: launcherBox });

  const [focusSearch, setFocusSearch] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new signal opens the panel
  useEffect(() => {
    if (props.openSignal === 0) return;
    if (!open) props.onOpen();
    setOpen(true);
    setFocusSearch(props.openSignal);
  }, [props.openSignal]);

  useEffect(() => {
    if (props.closeSignal !== 0) setOpen(false);
  }, [props.closeSignal]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the callback is new on every render
  useEffect(() => props.onOpenChange(open), [open]);

  const count = state.kind === 'ready' ? state.total : 0;
  const issues = checks ? checks.counts.error + checks.counts.warning : 0;
  const worst = checks?.counts.error ? 'error' : checks?.counts.warning ? 'warning' : null;
  const label = launcherLabel(state, issues);

  const toggle = () => {
    if (!open) props.onOpen();
    setNotice(null);
    setOpen(!open);
  };
  const close = () => {
    setOpen(false);
    props.returnFocus();
  };
  const onInsert = async (id: string) => {
    const result = await props.insert(id);
    setNotice(result);
    if (result.tone === 'success') setOpen(false);
  };

  return (
    // data-state says what the panel would show (loading, ready, unavailable), for the bench and tests.
    <div class={`assistant${open ? ' is-open' : ''}`} data-state={state.kind === 'ready' && state.pending ? 'pending' : state.kind}>
      <button
        ref={launcher}
        type="button"
        class="launcher"
        aria-label={label}
        aria-expanded={open}
        aria-haspopup="dialog"
        title={label}
        onMouseDown={(event) => event.preventDefault()}
        onClick={toggle}
      >
        <span class="launcher-mark" aria-hidden="true">
          C
        </span>
        {state.kind === 'loading' && <span class="launcher-loading" aria-hidden="true" />}
        {count > 0 && <span class="launcher-count">{count > 99 ? '99+' : count}</span>}
        {worst && (
          <span class={`launcher-issues severity-${worst}`} data-issues={issues}>
            {issues}
          </span>
        )}
      </button>
      {open && (
        <SuggestionPanel
          state={state}
          search={props.search}
          notice={notice}
          checks={checks}
          onInsert={onInsert}
          onClose={close}
          focusSearch={focusSearch}
          shortcut={props.shortcut}
          onSetShortcut={props.onSetShortcut}
          settingsFailed={props.shortcutSettingsFailed}
          place={props.placePanel}
          openedFrom={launcherBox}
          onFix={props.onFix}
          onIgnore={props.onIgnore}
        />
      )}
      {!open && notice && (
        <p ref={toast} class={`toast notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      {checks?.card && (
        <FindingCard
          {...props}
          finding={checks.card.finding}
          contact={checks.contact}
          byKeyboard={checks.card.byKeyboard}
          place={checks.card.place}
          launcher={launcherBox}
        />
      )}
      {/* Not while the panel is open: it lists the same errors. */}
      {!open && checks?.prePost && checks.counts.error > 0 && <PrePostCard {...props} checks={checks} place={checks.prePost.place} launcher={launcherBox} />}
    </div>
  );
}
