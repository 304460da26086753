import type { EditorKind } from '../../sites/types';

// Ways of putting text into an editor through its own input handling, so
// that its model (what it would post) changes, never by writing the DOM
// behind its back. Measured per editor in shared/TOOLCHAIN.md.
export type InsertStrategy = (editor: HTMLElement, text: string) => void;

/** Goes through the browser's editing pipeline, which the editor observes. */
const execInsertText: InsertStrategy = (_editor, text) => {
  document.execCommand('insertText', false, text);
};

/** A paste carrying the text; editors that read clipboardData take it in. */
const syntheticPaste: InsertStrategy = (editor, text) => {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  (document.activeElement instanceof HTMLElement && editor.contains(document.activeElement)
    ? document.activeElement
    : editor
  ).dispatchEvent(event);
};

/** Removing the selected text (a fix that deletes); every editor handles delete. */
const execDelete: InsertStrategy = () => {
  document.execCommand('delete');
};

/** Plain text fields: replace the selection and tell the page. */
const setRangeText: InsertStrategy = (editor, text) => {
  if (!(editor instanceof HTMLTextAreaElement)) return;
  editor.setRangeText(text, editor.selectionStart, editor.selectionEnd, 'end');
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
};

// First choice first; the next is tried only if the editor did not take the
// text. Quill 1 ignores a script-made paste's data (it reads a hidden
// element after the browser pastes). Draft.js crashed React on execCommand
// into an empty editor in Chromium, but in Firefox a synthetic paste arrives
// empty, so execCommand (with the caret inside a block) is its fallback.
const ORDER: Record<EditorKind, InsertStrategy[]> = {
  quill: [execInsertText, syntheticPaste],
  draft: [syntheticPaste, execInsertText],
  lexical: [syntheticPaste, execInsertText],
  prosemirror: [syntheticPaste, execInsertText],
  contenteditable: [execInsertText, syntheticPaste],
  textarea: [setRangeText],
};

export function strategiesFor(kind: EditorKind, deleting = false): readonly InsertStrategy[] {
  return deleting && kind !== 'textarea' ? [execDelete] : ORDER[kind];
}

export const strategyName = new Map<InsertStrategy, string>([
  [execInsertText, 'execCommand'],
  [syntheticPaste, 'paste'],
  [setRangeText, 'setRangeText'],
  [execDelete, 'delete'],
]);
