import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ComposerAssistant } from '../../components/ComposerAssistant';
import css from '../../components/assistant.css?inline';
import type { Notice, PanelState } from '../../components/types';
import { t } from '../i18n';
import type { Composer, SiteAdapter } from '../sites/types';
import { attachChecks, type ComposerChecks } from './assistant-checks';
import { restoreCaret } from './caret';
import { copyToClipboard } from './clipboard';
import { guardEscape } from './escape-guard';
import { type Floating, floatBeside } from './float-beside';
import { insertSuggestion } from './insert';
import { mountAnchor } from './mount-anchor';
import type { LoadedSuggestions } from './suggestion-loader';
import type { SuggestionIndex } from './suggestions';
import { createUnderlines } from './underlines';

export interface AssistantDeps {
  adapter: SiteAdapter;
  /** Cached per page; `fresh` asks the background again (on opening the panel). */
  loadSuggestions: (fresh: boolean) => Promise<LoadedSuggestions<SuggestionIndex> | null>;
  recordInsert: (itemId: string, surface: string) => void;
  /** The open-panel command's keys, for the panel's help (asked when it opens). */
  shortcut: { read: () => Promise<string | null>; openSettings: () => Promise<boolean> };
}

const EMPTY: SuggestionIndex = {
  publisher: null,
  total: 0,
  topics: [],
  search: () => [],
  textOf: () => undefined,
  lockedSpansOf: () => [],
  checks: { check: null, contact: null, policyUrl: null },
};

export interface MountedAssistant {
  remove: () => void;
  /** Opens the panel with the caret in its search (the keyboard command). */
  open: () => void;
}

/** One shadow root beside one composer: suggestions and inline checks. */
export async function mountAssistant(ctx: ContentScriptContext, composer: Composer, deps: AssistantDeps): Promise<MountedAssistant> {
  const { editor } = composer;
  let openSignal = 0;
  let closeSignal = 0;
  let panelOpen = false;
  let stopGuard = () => {};
  let index: SuggestionIndex = EMPTY;
  let state: PanelState = { kind: 'loading' };
  let notice: Notice | null = null;
  let floating: Floating = { stop: () => {}, origin: () => ({ left: 0, top: 0 }), refresh: () => {} };
  let checks: ComposerChecks | null = null;
  let draw = () => {};

  const insert = async (id: string): Promise<Notice> => {
    const text = index.textOf(id);
    if (text === undefined) return { tone: 'error', text: t('insertFailed') };
    const result = await insertSuggestion(editor, composer.kind, text);
    if (result.ok) {
      deps.recordInsert(id, composer.surface);
      checks?.addInserted(id, index.lockedSpansOf(id));
      return { tone: 'success', text: t('insertedStatus') };
    }
    if (result.reason === 'draft-changed') return { tone: 'error', text: t('insertChangedDraft') };
    return { tone: 'error', text: (await copyToClipboard(text)) ? t('insertFailedCopied') : t('insertFailed') };
  };
  const fix = async (id: string) => {
    const ok = await checks?.fix(id);
    notice = ok ? null : { tone: 'error', text: t('fixFailed') };
    draw();
  };

  const show = (answer: LoadedSuggestions<SuggestionIndex> | null) => {
    if (answer === null && state.kind === 'ready') {
      // A failed ask keeps what is shown; no newer answer is coming, so it
      // no longer says the list may change.
      if (state.pending) state = { ...state, pending: false };
    } else {
      index = answer?.index ?? EMPTY;
      state = answer ? { kind: 'ready', publisher: index.publisher, total: index.total, topics: index.topics, pending: answer.pending } : { kind: 'unavailable' };
      checks?.setSource(index.checks);
    }
    draw();
  };
  const load = async (fresh: boolean) => {
    const answer = await deps.loadSuggestions(fresh);
    show(answer);
    if (answer?.settled) show(await answer.settled);
  };
  // undefined until asked: the panel's help says nothing rather than guess.
  let shortcut: string | null | undefined;
  let shortcutSettingsFailed = false;
  const readShortcut = async () => {
    shortcut = await deps.shortcut.read().catch(() => undefined);
    draw();
  };
  const setShortcut = async () => {
    shortcutSettingsFailed = !(await deps.shortcut.openSettings().catch(() => false));
    draw();
  };
  const onOpen = () => {
    void load(true);
    void readShortcut();
  };

  const ui = await createShadowRootUi(ctx, {
    name: 'chorus-assistant',
    position: 'inline',
    // Inside the editor's modal where that is safe, else the page (mount-anchor.ts).
    anchor: mountAnchor(editor),
    append: 'last',
    css,
    // Keys typed in the panel's search box must not reach the site's own
    // keyboard shortcuts (X: "n" opens a new post, "j"/"k" move in the feed).
    isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'],
    onMount(container, _shadow, host) {
      draw = () => {
        render(
          <ComposerAssistant
            state={state}
            search={index.search}
            insert={insert}
            onOpen={onOpen}
            shortcut={shortcut}
            onSetShortcut={() => void setShortcut()}
            shortcutSettingsFailed={shortcutSettingsFailed}
            returnFocus={() => restoreCaret(editor)}
            checks={checks?.view() ?? null}
            notice={notice}
            onFix={(id) => void fix(id)}
            onIgnore={(id) => checks?.ignore(id)}
            onCardHover={(inside) => checks?.cardHover(inside)}
            openSignal={openSignal}
            closeSignal={closeSignal}
            onOpenChange={(open) => {
              panelOpen = open;
            }}
          />,
          container,
        );
        floating.refresh();
      };
      host.dataset.surface = composer.surface;
      floating = floatBeside(editor, container);
      // Beside the container, not in it: the container moves with the
      // launcher, the underlines are placed in the viewport.
      const layer = document.createElement('div');
      layer.className = 'underlines';
      container.before(layer);
      checks = attachChecks(composer, deps.adapter, floating.origin, () => draw(), createUnderlines(editor, layer));
      const closePanel = () => {
        closeSignal++;
        draw();
      };
      stopGuard = guardEscape({
        host,
        editor,
        panelOpen: () => panelOpen,
        anyOpen: () => panelOpen || (checks?.cardShown() ?? false),
        returnToDraft: () => restoreCaret(editor),
        closeAll() {
          checks?.dismissCards();
          closePanel();
        },
        closePanel,
      });
      draw();
      void load(false);
      return container;
    },
    onRemove(container) {
      stopGuard();
      checks?.stop();
      floating.stop();
      if (container) render(null, container);
    },
  });
  ui.mount();
  return {
    remove: () => ui.remove(),
    open() {
      openSignal++;
      draw();
    },
  };
}
