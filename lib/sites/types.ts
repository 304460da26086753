import type { Network } from '../pack/schema';

// How text gets into an editor depends on the library behind it, not on the
// site: each kind has its own insertion strategy (lib/content/insert).
export type EditorKind = 'quill' | 'draft' | 'lexical' | 'prosemirror' | 'textarea' | 'contenteditable';

export interface SelectorRule {
  selector: string;
  /** What it matches on the real site and when it was seen there. */
  matches: string;
}

export interface Composer {
  editor: HTMLElement;
  kind: EditorKind;
  /** Where on the site: the share dialog, a comment box, a reply. For logs and the panel's label. */
  surface: string;
}

export interface SiteAdapter {
  site: 'linkedin' | 'x';
  network: Network;
  /** Editors Chorus helps with, most specific first. A pack may add its own in front. */
  editorSelectors: readonly SelectorRule[];
  /**
   * Given an element matched by a selector, decide whether it is a composer
   * Chorus should help with (for example not a direct-message box) and describe it.
   */
  describe(editor: HTMLElement): Composer | null;
  /** The button that would post this composer's draft, for the card beside it. Never clicked. */
  postButton?(editor: HTMLElement): HTMLElement | null;
  /**
   * The composer's own controls that Chorus must never cover: Post (or Reply,
   * Comment), its toolbar, the dialog's close button, the character counter,
   * the rows beside the editor, for a comment box the post's own
   * Like/Comment/Repost bar, and what the site keeps fixed over the page (a
   * navigation bar). Listed when a card, notice or panel is placed, and kept
   * by the launcher until one of them leaves the page; never on a timer.
   */
  composerControls?(editor: HTMLElement): Element[];
}
