import type { EditorKind } from './types';

// Editor libraries leave stable marks of their own on the element they make
// editable; those survive a site's redesigns far better than its class names.
const EDITOR_MARKS: readonly [EditorKind, string][] = [
  // Quill 1 and 2 put `ql-editor` on their contenteditable root.
  ['quill', '.ql-editor'],
  // Draft.js's contenteditable root (X's composer).
  ['draft', '.public-DraftEditor-content'],
  // Lexical sets this attribute on the root it controls.
  ['lexical', '[data-lexical-editor="true"]'],
  // ProseMirror (Tiptap and others) marks its root with this class.
  ['prosemirror', '.ProseMirror'],
];

export function editorKindOf(editor: HTMLElement): EditorKind {
  if (editor instanceof HTMLTextAreaElement) return 'textarea';
  for (const [kind, mark] of EDITOR_MARKS) {
    if (editor.matches(mark)) return kind;
  }
  return 'contenteditable';
}

// Editable elements that belong to an editor's machinery, not to the person.
const EDITOR_INTERNALS = [
  // Quill 1's hidden paste target: contenteditable, inside the same .ql-container.
  '.ql-clipboard',
].join(', ');

/** Whether the element is something a person can type into right now. */
export function isEditable(el: HTMLElement): boolean {
  if (el.matches(EDITOR_INTERNALS)) return false;
  if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly;
  return el.isContentEditable;
}
