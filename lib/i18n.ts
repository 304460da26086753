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
