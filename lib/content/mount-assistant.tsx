import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ComposerAssistant } from '../../components/ComposerAssistant';
import css from '../../components/assistant.css?inline';
import type { Notice, PanelState } from '../../components/types';
import { t } from '../i18n';
import type { Composer } from '../sites/types';
import { restoreCaret } from './caret';
import { copyToClipboard } from './clipboard';
import { floatBeside } from './float-beside';
import { insertSuggestion } from './insert';
import type { SuggestionIndex } from './suggestions';

export interface AssistantDeps {
  /** Cached per page; `fresh` asks the background again (on opening the panel). */
  loadSuggestions: (fresh: boolean) => Promise<SuggestionIndex | null>;
  recordInsert: (itemId: string, surface: string) => void;
}

const EMPTY: SuggestionIndex = { publisher: null, total: 0, topics: [], search: () => [], textOf: () => undefined };

/** One shadow root beside one composer. Resolves to its unmount function. */
export async function mountAssistant(ctx: ContentScriptContext, composer: Composer, deps: AssistantDeps): Promise<() => void> {
  const { editor } = composer;
  let index: SuggestionIndex = EMPTY;
  let state: PanelState = { kind: 'loading' };
  let stopFloating = () => {};

  const insert = async (id: string): Promise<Notice> => {
    const text = index.textOf(id);
    if (text === undefined) return { tone: 'error', text: t('insertFailed') };
    const result = await insertSuggestion(editor, composer.kind, text);
    if (result.ok) {
      deps.recordInsert(id, composer.surface);
      return { tone: 'success', text: t('insertedStatus') };
    }
    if (result.reason === 'draft-changed') return { tone: 'error', text: t('insertChangedDraft') };
    return { tone: 'error', text: (await copyToClipboard(text)) ? t('insertFailedCopied') : t('insertFailed') };
  };

  const ui = await createShadowRootUi(ctx, {
    name: 'chorus-assistant',
    position: 'inline',
    anchor: document.body,
    append: 'last',
    css,
    // Keys typed in the panel's search box must not reach the site's own
    // keyboard shortcuts (X: "n" opens a new post, "j"/"k" move in the feed).
    isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'],
    onMount(container, _shadow, host) {
      const draw = () =>
        render(
          <ComposerAssistant
            state={state}
            search={index.search}
            insert={insert}
            onOpen={() => void load(true)}
            returnFocus={() => restoreCaret(editor)}
          />,
          container,
        );
      const load = async (fresh: boolean) => {
        const answer = await deps.loadSuggestions(fresh);
        if (answer === null && state.kind === 'ready') return; // keep what is shown
        index = answer ?? EMPTY;
        state = answer ? { kind: 'ready', publisher: answer.publisher, total: answer.total, topics: answer.topics } : { kind: 'unavailable' };
        draw();
      };
      host.dataset.surface = composer.surface;
      stopFloating = floatBeside(editor, container);
      draw();
      void load(false);
      return container;
    },
    onRemove(container) {
      stopFloating();
      if (container) render(null, container);
    },
  });
  ui.mount();
  return () => ui.remove();
}
