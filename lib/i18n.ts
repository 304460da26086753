import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

// Every UI string goes through the extension's locale files; English is the
// fallback the browser itself applies when the UI language has no file.
export type MessageKey = keyof typeof en;

// The UI language is fixed for the life of a page, so a plain message is
// looked up once: every render of the panel asks for dozens of labels, and
// each getMessage is a call into the extension's native bindings (the busy-
// feed bench measured it as a fifth of a keystroke's content-script time).
const plain = new Map<string, string>();

export function t(key: MessageKey, substitutions?: string | string[]): string {
  if (substitutions === undefined) {
    const known = plain.get(key);
    if (known !== undefined) return known;
  }
  // getMessage returns '' for an unknown key or outside an extension (tests).
  const message = browser.i18n.getMessage(key as never, substitutions) || key;
  if (substitutions === undefined) plain.set(key, message);
  return message;
}

/** Topic ids are kebab-case in packs; message keys cannot hold hyphens. */
export function topicLabel(topic: string): string {
  return t(`topic_${topic.replaceAll('-', '_')}` as MessageKey);
}

let uiLanguage: string | undefined;
/** Asked of the browser once per page. */
function uiLanguageOnce(): string {
  uiLanguage ??= browser.i18n.getUILanguage();
  return uiLanguage;
}

/** The best text for the UI language from a pack's per-language texts. */
export function pickLocalized(texts: Record<string, string>, language = uiLanguageOnce()): string {
  const tag = language.replace('_', '-');
  return texts[tag] ?? texts[tag.split('-')[0] ?? ''] ?? texts.en ?? Object.values(texts)[0] ?? '';
}
