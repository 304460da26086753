import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

// Every UI string goes through the extension's locale files; English is the
// fallback the browser itself applies when the UI language has no file.
export type MessageKey = keyof typeof en;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  // getMessage returns '' for an unknown key or outside an extension (tests).
  return browser.i18n.getMessage(key as never, substitutions) || key;
}

/** Topic ids are kebab-case in packs; message keys cannot hold hyphens. */
export function topicLabel(topic: string): string {
  return t(`topic_${topic.replaceAll('-', '_')}` as MessageKey);
}

/** The best text for the UI language from a pack's per-language texts. */
export function pickLocalized(texts: Record<string, string>, language = browser.i18n.getUILanguage()): string {
  const tag = language.replace('_', '-');
  return texts[tag] ?? texts[tag.split('-')[0] ?? ''] ?? texts.en ?? Object.values(texts)[0] ?? '';
}
