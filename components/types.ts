import type { Severity } from '../lib/rules/types';

// What the views need to show a suggestion; built from a pack item by the
// content script, so views know nothing of packs, sites or storage.
export interface SuggestionView {
  id: string;
  title: string;
  topic: string;
  topicLabel: string;
  language: string;
  /** Exactly the text that Insert puts into the composer. */
  text: string;
}

export interface TopicOption {
  id: string;
  label: string;
}

export type PanelState =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | {
      kind: 'ready';
      publisher: string | null;
      total: number;
      topics: TopicOption[];
      /** Shown before the company's settings were read (lib/background/policy-grace.ts): the list may still change. */
      pending: boolean;
    };

export interface Notice {
  tone: 'success' | 'error';
  text: string;
}

// Declared once, by the guideline engine; views only show it.
export type { Severity };

/** A guideline finding, already in the person's language. */
export interface FindingView {
  id: string;
  severity: Severity;
  message: string;
  reason: string | null;
  /** https only; anything else is dropped before it gets here. */
  guidelineUrl: string | null;
  fixLabel: string | null;
  /** A fix exists but would break another guideline, so it is not offered. */
  fixWithheld: boolean;
  /** About the whole post (a missing hashtag), not a place in the text. */
  postLevel: boolean;
}

export interface Contact {
  name: string;
  email: string | null;
}

export interface ChecksView {
  counts: Record<Severity, number>;
  /** Nothing written yet: there is nothing to check, rather than nothing wrong. */
  empty: boolean;
  findings: FindingView[];
  contact: Contact | null;
  policyUrl: string | null;
  /** The card beside a finding under the pointer or caret; position relative to the panel's origin. */
  card: { finding: FindingView; left: number; top: number; byKeyboard: boolean } | null;
  /** The card beside Post, listing errors, while the person heads for it; null when there are none. */
  prePost: { left: number; top: number } | null;
}

export interface ChecksCallbacks {
  onFix: (id: string) => void;
  onIgnore: (id: string) => void;
  /** The pointer entered or left a card, so it stays while used. */
  onCardHover: (inside: boolean) => void;
}
