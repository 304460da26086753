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
  | { kind: 'ready'; publisher: string | null; total: number; topics: TopicOption[] };

export interface Notice {
  tone: 'success' | 'error';
  text: string;
}
