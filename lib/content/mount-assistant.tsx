import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ComposerAssistant } from '../../components/ComposerAssistant';
import css from '../../components/assistant.css?inline';
import type { Notice, PanelState } from '../../components/types';
import { t } from '../i18n';
import type { Composer, SiteAdapter } from '../sites/types';
import { attachChecks } from './assistant-checks';
import type { ComposerChecks } from './checks-types';
import { controlBoxes } from './control-boxes';
import { restoreCaret } from './caret';
import { draftCheckFor } from './draft-transport';
import { guardEscape } from './escape-guard';
import { type Floating, floatBeside } from './float-beside';
import { insertItem } from './insert-item';
import { mountAnchor } from './mount-anchor';
import { type ShortcutSource, shortcutHelp } from './shortcut-help';
import type { LoadedSuggestions } from './suggestion-loader';
import { surfacePlacer } from './surface-place';
import { noticeRequest, panelRequest } from './surfaces';
import { EMPTY_INDEX, type SuggestionIndex } from './suggestions';
import { createUnderlines } from './underlines';

export interface AssistantDeps {
  adapter: SiteAdapter;
  /** Cached per page; `fresh` asks the background again (on opening the panel). */
  loadSuggestions: (fresh: boolean) => Promise<LoadedSuggestions<SuggestionIndex> | null>;
  recordInsert: (itemId: string, surface: string) => void;
  /** The open-panel command's keys, for the panel's help (asked when it opens). */
  shortcut: ShortcutSource;
}

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
  let index: SuggestionIndex = EMPTY_INDEX;
  let state: PanelState = { kind: 'loading' };
  let notice: Notice | null = null;
  let floating: Floating = { stop: () => {}, origin: () => ({ left: 0, top: 0 }), refresh: () => {} };
  let checks: ComposerChecks | null = null;
  let draw = () => {};
  let resized: ResizeObserver | undefined;

  const insert = (id: string): Promise<Notice> => insertItem(composer, id, { index, checks, recordInsert: deps.recordInsert });
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
      index = answer?.index ?? EMPTY_INDEX;
      state = answer ? { kind: 'ready', publisher: index.publisher, total: index.total, topics: index.topics, pending: answer.pending } : { kind: 'unavailable' };
      // A failed load says nothing of the guidelines: drafts are still checked.
      if (answer) checks?.setGuidelines(index.guidelines);
    }
    draw();
  };
  const load = async (fresh: boolean) => {
    const answer = await deps.loadSuggestions(fresh);
    show(answer);
    if (answer?.settled) show(await answer.settled);
  };
  const shortcut = shortcutHelp(deps.shortcut, () => draw());
  const onOpen = () => {
    void load(true);
    void shortcut.read();
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
      // The composer's controls, found once and measured when something is placed.
      const controls = controlBoxes(deps.adapter, editor);
      const placer = surfacePlacer(editor, controls, () => floating.origin());
      const placePanel = placer(panelRequest);
      const placeNotice = placer(noticeRequest);
      const paint = () =>
        render(
          <ComposerAssistant
            state={state}
            search={index.search}
            insert={insert}
            onOpen={onOpen}
            shortcut={shortcut.keys()}
            onSetShortcut={() => void shortcut.openSettings()}
            shortcutSettingsFailed={shortcut.settingsFailed()}
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
            placePanel={placePanel}
            placeNotice={placeNotice}
          />,
          container,
        );
      // No placement here: a render that changes the container's size is
      // seen by its resize observer (float-beside.ts).
      draw = () => {
        paint();
      };
      host.dataset.surface = composer.surface;
      floating = floatBeside(editor, container, controls, paint);
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
      checks = attachChecks({
        composer,
        adapter: deps.adapter,
        placer,
        check: draftCheckFor(deps.adapter.network),
        redraw: () => draw(),
        underlines: createUnderlines(editor, layer),
      });
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
