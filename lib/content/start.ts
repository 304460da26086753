import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging';
import type { SiteAdapter } from '../sites/types';
import { siteOverridesItem } from '../storage';
import { rememberCaret } from './caret';
import { watchComposers } from './composer-watch';
import { mountAssistant } from './mount-assistant';
import { usableSelectors } from './selectors';
import { indexSuggestions, type SuggestionIndex } from './suggestions';

/**
 * Everything a site's content script does. Until a composer appears it only
 * watches added nodes; it asks the background for nothing until then.
 */
export async function startChorus(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  const overrides = (await siteOverridesItem.getValue())[adapter.site];
  if (overrides?.enabled === false) return;
  const selector = usableSelectors([...(overrides?.composerSelectors ?? []), ...adapter.editorSelectors.map((rule) => rule.selector)]);

  let cached: Promise<SuggestionIndex | null> | null = null;
  const loadSuggestions = (fresh: boolean) => {
    if (!cached || fresh) {
      cached = sendMessage('getSuggestions', { network: adapter.network })
        .then((answer) => indexSuggestions(answer, adapter.network))
        .catch((error: unknown) => {
          // The extension was updated or reloaded under this page.
          console.warn('Chorus: suggestions unavailable', error);
          return null;
        });
    }
    return cached;
  };
  const recordInsert = (itemId: string, surface: string) => {
    sendMessage('recordInsert', { itemId, network: adapter.network, surface }).catch(() => {});
  };

  const mounted = new Map<HTMLElement, Promise<() => void>>();
  const stop = watchComposers(document, {
    selector,
    accept: (el) => (el.parentElement?.isContentEditable ? null : adapter.describe(el)),
    onAdded: (el, composer) => {
      const forgetCaret = rememberCaret(el);
      const unmount = mountAssistant(ctx, composer, { adapter, loadSuggestions, recordInsert });
      mounted.set(
        el,
        unmount.then((remove) => () => {
          remove();
          forgetCaret();
        }),
      );
    },
    onRemoved: (el) => {
      void mounted.get(el)?.then((remove) => remove());
      mounted.delete(el);
    },
  });
  ctx.onInvalidated(stop);
}
