import type { EditorKind } from '../../sites/types';
import { settle } from './editor-text';

// Ways of putting text into an editor through its own input handling, so
// that its model (what it would post) changes, never by writing the DOM
// behind its back. What each editor takes, as measured in Chromium and Firefox:
// Quill 1 (LinkedIn) ignores a script-made paste and takes execCommand's
// insertText through its MutationObserver; Draft.js (X) takes a synthetic
// paste carrying text/plain in Chromium, while insertText into an empty Draft
// editor made React unmount the app; in Firefox a script-made paste arrives
// with an empty clipboard, so insertText with the caret inside a block is the
// way there. Quill 2, Lexical and ProseMirror take the paste.
export type InsertStrategy = (editor: HTMLElement, text: string) => void | Promise<void>;

/** Goes through the browser's editing pipeline, which the editor observes. */
const execInsertText: InsertStrategy = (_editor, text) => {
  document.execCommand('insertText', false, text);
};

// Firefox's insertText does not turn "\n" into line breaks the way
// Chromium's does (each one a paragraph break): into a Quill paragraph or a
// non-empty Draft.js block the lines arrive run together. So text with lines
// goes in a line at a time, with the editor's own way of starting a line
// between them; in Chromium this makes the same edits insertText would.

/** Quill follows the DOM through its MutationObserver at once: insertParagraph between lines. */
const execInsertLines: InsertStrategy = (_editor, text) => {
  text.split('\n').forEach((line, index) => {
    if (index > 0) document.execCommand('insertParagraph');
    if (line !== '') document.execCommand('insertText', false, line);
  });
};

/**
 * Draft.js re-renders through React after each edit and would lose its place
 * in a DOM it did not draw (insertParagraph crashed React), so a new line is
 * its own Enter key command (split-block, in its model), and each step waits
 * for it to settle.
 */
const execInsertDraftLines: InsertStrategy = async (editor, text) => {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index > 0) {
      const target = document.activeElement instanceof HTMLElement && editor.contains(document.activeElement) ? document.activeElement : editor;
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
      await settle();
    }
    if (line !== '') {
      document.execCommand('insertText', false, line);
      if (index < lines.length - 1) await settle();
    }
  }
};

/**
 * Firefox's ClipboardEvent takes no `clipboardData` (a script-made paste
 * arrives empty) but its own `dataType` and `data`, from which it makes the
 * event's DataTransfer; Chromium ignores those two and reads `clipboardData`.
 */
interface GeckoClipboardEventInit extends ClipboardEventInit {
  dataType: string;
  data: string;
}

/**
 * A paste carrying the text; editors that read clipboardData take it in.
 * Draft.js makes the whole paste, lines and all, one change ('insert-fragment'
 * in editOnPaste): one undo step, in Chromium and in Firefox.
 */
const syntheticPaste: InsertStrategy = (editor, text) => {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const init: GeckoClipboardEventInit = { clipboardData: data, dataType: 'text/plain', data: text, bubbles: true, cancelable: true };
  const event = new ClipboardEvent('paste', init);
  (document.activeElement instanceof HTMLElement && editor.contains(document.activeElement)
    ? document.activeElement
    : editor
  ).dispatchEvent(event);
};

/**
 * Text fields through the browser's editing pipeline, which keeps an undo
 * step for it. Chromium joins an insertText to the person's typing just
 * before it (one Ctrl+Z would take both) unless the selection moved between
 * them, so the caret is moved away and back first.
 */
const execInsertIntoField: InsertStrategy = (editor, text) => {
  if (!(editor instanceof HTMLTextAreaElement)) return;
  const { selectionStart, selectionEnd, selectionDirection } = editor;
  const away = selectionStart === 0 ? editor.value.length : 0;
  editor.setSelectionRange(away, away);
  editor.setSelectionRange(selectionStart, selectionEnd, selectionDirection ?? undefined);
  document.execCommand(text === '' ? 'delete' : 'insertText', false, text);
};

/** Removing the selected text (a fix that deletes); every editor handles delete. */
const execDelete: InsertStrategy = () => {
  document.execCommand('delete');
};

/**
 * Plain text fields, when the browser's editing pipeline will not take the
 * text: replace the selection and tell the page. The browser keeps no undo
 * step for it, so this is the fallback, after execCommand (which does).
 */
const setRangeText: InsertStrategy = (editor, text) => {
  if (!(editor instanceof HTMLTextAreaElement)) return;
  editor.setRangeText(text, editor.selectionStart, editor.selectionEnd, 'end');
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
};

// First choice first; the next is tried only if the editor did not take the
// text. Quill 1 ignores a script-made paste's data (it reads a hidden
// element after the browser pastes). Draft.js crashed React on execCommand
// into an empty editor in Chromium; the paste works there and in Firefox
// (given Firefox's own init fields), and execCommand line by line (with the
// caret inside a block; one undo step per line) stays as the fallback.
const ORDER: Record<EditorKind, InsertStrategy[]> = {
  quill: [execInsertLines, syntheticPaste],
  draft: [syntheticPaste, execInsertDraftLines],
  lexical: [syntheticPaste, execInsertText],
  prosemirror: [syntheticPaste, execInsertText],
  contenteditable: [execInsertText, syntheticPaste],
  textarea: [execInsertIntoField, setRangeText],
};

export function strategiesFor(kind: EditorKind, deleting = false): readonly InsertStrategy[] {
  if (!deleting) return ORDER[kind];
  return kind === 'textarea' ? [execInsertIntoField, setRangeText] : [execDelete];
}

export const strategyName = new Map<InsertStrategy, string>([
  [execInsertText, 'execCommand'],
  [execInsertLines, 'execCommand (lines)'],
  [execInsertDraftLines, 'execCommand (Draft lines)'],
  [syntheticPaste, 'paste'],
  [setRangeText, 'setRangeText'],
  [execDelete, 'delete'],
  [execInsertIntoField, 'execCommand (field)'],
]);
