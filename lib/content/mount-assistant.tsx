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
import { type Floating, floatBeside } from './float-beside';
import { insertSuggestion } from './insert';
import { mountAnchor } from './mount-anchor';
import { surfacePlacer } from './surface-place';
import { noticeRequest, panelRequest } from './surfaces';
import type { SuggestionIndex } from './suggestions';
import { createUnderlines } from './underlines';

export interface AssistantDeps {
  adapter: SiteAdapter;
  /** Cached per page; `fresh` asks the background again (on opening the panel). */
  loadSuggestions: (fresh: boolean) => Promise<SuggestionIndex | null>;
  recordInsert: (itemId: string, surface: string) => void;
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
  let index: SuggestionIndex = EMPTY;
  let state: PanelState = { kind: 'loading' };
  let notice: Notice | null = null;
  let floating: Floating = { stop: () => {}, origin: () => ({ left: 0, top: 0 }), refresh: () => {} };
  let checks: ComposerChecks | null = null;
  let draw = () => {};
  let resized: ResizeObserver | undefined;

  const insert = async (id: string): Promise<Notice> => {
    const text = index.textOf(id);
    if (text === undefined) return { tone: 'error', text: t('insertFailed') };
    checks?.chorusEdits();
    const result = await insertSuggestion(editor, composer.kind, text);
    if (result.ok) {
      deps.recordInsert(id, composer.surface);
      checks?.addLockedSpans(index.lockedSpansOf(id));
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

  const load = async (fresh: boolean) => {
    const answer = await deps.loadSuggestions(fresh);
    if (answer === null && state.kind === 'ready') return; // keep what is shown
    index = answer ?? EMPTY;
    state = answer ? { kind: 'ready', publisher: answer.publisher, total: answer.total, topics: answer.topics } : { kind: 'unavailable' };
    checks?.setSource(index.checks);
    draw();
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
      const placer = surfacePlacer(editor, deps.adapter, () => floating.origin());
      const placePanel = placer(panelRequest);
      const placeNotice = placer(noticeRequest);
      draw = () => {
        render(
          <ComposerAssistant
            state={state}
            search={index.search}
            insert={insert}
            onOpen={() => void load(true)}
            returnFocus={() => restoreCaret(editor)}
            checks={checks?.view() ?? null}
            notice={notice}
            onFix={(id) => void fix(id)}
            onIgnore={(id) => checks?.ignore(id)}
            onCardHover={(inside) => checks?.cardHover(inside)}
            openSignal={openSignal}
            placePanel={placePanel}
            placeNotice={placeNotice}
          />,
          container,
        );
        floating.refresh();
      };
      host.dataset.surface = composer.surface;
      // The site's controls, found again once one is gone (the site re-rendered); their boxes are read as the launcher is placed.
      let controls: Element[] | null = null;
      const controlBoxes = () => {
        if (!controls || controls.some((el) => !el.isConnected)) controls = deps.adapter.composerControls?.(editor) ?? [];
        return controls.map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
      };
      floating = floatBeside(editor, container, controlBoxes);
      // The editor grew or shrank (an insert, a fix, a new line): what is shown
      // is placed again, in the frame after the launcher has followed the editor.
      let again = 0;
      resized = new ResizeObserver(() => {
        cancelAnimationFrame(again);
        again = requestAnimationFrame(() => draw());
      });
      resized.observe(editor);
      // Beside the container, not in it: the container moves with the
      // launcher, the underlines are placed in the viewport.
      const layer = document.createElement('div');
      layer.className = 'underlines';
      container.before(layer);
      checks = attachChecks(composer, deps.adapter, placer, () => draw(), createUnderlines(editor, layer));
      draw();
      void load(false);
      return container;
    },
    onRemove(container) {
      resized?.disconnect();
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
