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
  /** The card beside a finding under the pointer or caret, and where it goes. */
  card: { finding: FindingView; place: Placer; byKeyboard: boolean } | null;
  /** The card beside Post, listing errors, while the person heads for it. */
  prePost: { place: Placer } | null;
}

export interface ChecksCallbacks {
  onFix: (id: string) => void;
  onIgnore: (id: string) => void;
  /** The pointer entered or left a card, so it stays while used. */
  onCardHover: (inside: boolean) => void;
}

/** A surface's natural size, measured once it is drawn. */
export interface SurfaceSize {
  width: number;
  height: number;
}

/** Where a card, notice or the panel goes, relative to the assistant's origin (lib/content/surface-place.ts). */
export interface SurfaceSpot {
  left: number;
  top: number;
  width: number;
  maxHeight: number;
  compact: boolean;
}

/** A box in viewport coordinates, as getBoundingClientRect gives it. */
export interface ViewportBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Given a surface's size (and what it opens from, for the panel: the launcher),
 * where it goes clear of the site's controls. Reads layout: once per render, never per frame.
 */
export type Placer = (size: SurfaceSize, openedFrom?: ViewportBox) => SurfaceSpot;
