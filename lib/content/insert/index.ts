import type { TextEdit } from '../../rules/types';
import type { EditorKind } from '../../sites/types';
import { restoreCaret } from '../caret';
import { mapEditorText } from '../text-map';
import { settle, squash } from './editor-text';
import { lineContext } from './line-context';
import { asOneEdit } from './one-edit';
import { withSeparators } from './separators';
import { strategiesFor, strategyName } from './strategies';

export type InsertResult =
  | { ok: true; method: string }
  // The editor took nothing; the draft is as it was.
  | { ok: false; reason: 'not-taken' }
  // The editor changed but not as intended and could not be undone.
  | { ok: false; reason: 'draft-changed' };

const textOf = (editor: HTMLElement) => mapEditorText(editor).text;

/**
 * Puts text in through the editor's own input path, with the selection made
 * by `select`, and checks afterwards that the editor really has it; falls
 * back to the next way in for this editor kind, and never leaves a
 * half-changed draft behind.
 */
async function putText(
  editor: HTMLElement,
  kind: EditorKind,
  text: string,
  select: () => void,
  took: (after: string) => boolean,
): Promise<InsertResult> {
  const before = textOf(editor);
  for (const strategy of strategiesFor(kind, text === '')) {
    select();
    // Draft.js syncs its selection from the DOM on `select`, a tick later.
    await settle();
    // A way in the browser does not have (no execCommand) counts as not taken.
    await Promise.resolve()
      .then(() => strategy(editor, text))
      .catch(() => undefined);
    await settle();
    const after = textOf(editor);
    if (took(after)) return { ok: true, method: strategyName.get(strategy) ?? 'unknown' };
    if (after !== before) return (await undoTo(editor, before)) ? { ok: false, reason: 'not-taken' } : { ok: false, reason: 'draft-changed' };
  }
  return { ok: false, reason: 'not-taken' };
}

/** A suggestion at the caret, as its own paragraph next to the person's words. */
export function insertSuggestion(editor: HTMLElement, kind: EditorKind, text: string): Promise<InsertResult> {
  const around = lineContext(restoreCaret(editor), editor);
  const expected = squash(text);
  return putText(editor, kind, withSeparators(text, around.before, around.after), () => restoreCaret(editor), (after) =>
    squash(after).includes(expected),
  );
}

/**
 * A finding's fix: edits against `checked`, applied last to first so earlier
 * offsets hold. Quill's history takes edits made within a second as one undo
 * step, so there each edit goes in as the rule made it (and the person's
 * formatting between them stays); every other editor gets them as one edit,
 * so that one Ctrl+Z takes the whole fix back.
 */
export async function applyEdits(editor: HTMLElement, kind: EditorKind, checked: string, edits: readonly TextEdit[]): Promise<InsertResult> {
  if (textOf(editor) !== checked) return { ok: false, reason: 'not-taken' };
  const joined = kind === 'quill' ? null : asOneEdit(checked, edits);
  for (const edit of joined ? [joined] : [...edits].sort((a, b) => b.start - a.start)) {
    const current = textOf(editor);
    const expected = squash(current.slice(0, edit.start) + edit.insert + current.slice(edit.end));
    const select = () => {
      if (editor instanceof HTMLTextAreaElement) {
        editor.focus({ preventScroll: true });
        editor.setSelectionRange(edit.start, edit.end);
        return;
      }
      const range = mapEditorText(editor).range(edit.start, edit.end);
      if (!range) return;
      if (document.activeElement !== editor) editor.focus({ preventScroll: true });
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    };
    const result = await putText(editor, kind, edit.insert, select, (after) => squash(after) === expected);
    if (!result.ok) return result;
  }
  return { ok: true, method: 'edits' };
}

/** A partial change is rolled back through the editor's own undo. */
async function undoTo(editor: HTMLElement, before: string): Promise<boolean> {
  document.execCommand('undo');
  await settle();
  return textOf(editor) === before;
}
