import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging';
import type { SiteAdapter } from '../sites/types';
import { siteOverridesItem } from '../storage';
import { onTabMessages } from '../tab-messaging';
import { rememberCaret } from './caret';
import { watchComposers } from './composer-watch';
import { type MountedAssistant, mountAssistant } from './mount-assistant';
import { usableSelectors } from './selectors';
import { createSuggestionLoader } from './suggestion-loader';
import { indexSuggestions, type SuggestionIndex } from './suggestions';

/**
 * Everything a site's content script does. Until a composer appears it only
 * watches added nodes; it asks the background for nothing until then.
 */
export async function startChorus(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  const overrides = (await siteOverridesItem.getValue())[adapter.site];
  if (overrides?.enabled === false) return;
  const selector = usableSelectors([...(overrides?.composerSelectors ?? []), ...adapter.editorSelectors.map((rule) => rule.selector)]);

  const loadSuggestions = createSuggestionLoader<SuggestionIndex>(
    async (waitForPolicy) => {
      const answer = await sendMessage('getSuggestions', { network: adapter.network, waitForPolicy });
      return { index: indexSuggestions(answer, adapter.network), pending: answer.pending };
    },
    // The extension was updated or reloaded under this page, or its worker failed.
    (error) => console.warn('Chorus: suggestions unavailable', error),
  );
  const shortcut = {
    read: async () => (await sendMessage('getShortcut', {})).shortcut,
    openSettings: async () => (await sendMessage('openShortcutSettings', {})).ok,
  };
  const recordInsert = (itemId: string, surface: string) => {
    sendMessage('recordInsert', { itemId, network: adapter.network, surface }).catch(() => {});
  };

  const mounted = new Map<HTMLElement, Promise<MountedAssistant>>();
  let lastFocused: HTMLElement | null = null;
  const onFocus = (event: FocusEvent) => {
    lastFocused = event.currentTarget as HTMLElement;
  };
  const stop = watchComposers(document, {
    selector,
    accept: (el) => (el.parentElement?.isContentEditable ? null : adapter.describe(el)),
    onAdded: (el, composer) => {
      const forgetCaret = rememberCaret(el);
      el.addEventListener('focus', onFocus);
      const assistant = mountAssistant(ctx, composer, { adapter, loadSuggestions, recordInsert, shortcut });
      mounted.set(
        el,
        assistant.then((a) => ({
          open: a.open,
          remove() {
            a.remove();
            forgetCaret();
            el.removeEventListener('focus', onFocus);
          },
        })),
      );
    },
    onRemoved: (el) => {
      void mounted.get(el)?.then((a) => a.remove());
      mounted.delete(el);
      if (lastFocused === el) lastFocused = null;
    },
  });
  const stopCommands = onTabMessages({
    openPanel: () => {
      const editor = composerToOpen([...mounted.keys()], lastFocused);
      if (editor) void mounted.get(editor)?.then((a) => a.open());
      return { opened: editor !== null };
    },
  });
  ctx.onInvalidated(() => {
    stop();
    stopCommands();
  });
}

// The composer the person is in, else the one they were in last, else the
// first one on screen.
function composerToOpen(editors: HTMLElement[], lastFocused: HTMLElement | null): HTMLElement | null {
  const active = document.activeElement;
  const inside = editors.find((el) => active !== null && (el === active || el.contains(active)));
  return inside ?? lastFocused ?? editors.find((el) => el.getClientRects().length > 0) ?? null;
}
