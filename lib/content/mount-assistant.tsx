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

  const insert = async (id: string): Promise<Notice> => {
    const text = index.textOf(id);
    if (text === undefined) return { tone: 'error', text: t('insertFailed') };
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
          />,
          container,
        );
        // No placement here: a render that changes the container's size is
        // seen by its resize observer (float-beside.ts).
      };
      host.dataset.surface = composer.surface;
      floating = floatBeside(editor, container);
      // Beside the container, not in it: the container moves with the
      // launcher, the underlines are placed in the viewport.
      const layer = document.createElement('div');
      layer.className = 'underlines';
      container.before(layer);
      checks = attachChecks(composer, deps.adapter, floating.origin, () => draw(), createUnderlines(editor, layer));
      draw();
      void load(false);
      return container;
    },
    onRemove(container) {
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
