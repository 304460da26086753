import type { EditorKind } from '../../sites/types';
import { restoreCaret } from '../caret';
import { editorText, settle, squash } from './editor-text';
import { lineContext } from './line-context';
import { withSeparators } from './separators';
import { strategiesFor, strategyName } from './strategies';

export type InsertResult =
  | { ok: true; method: string }
  // The editor took nothing; the draft is as it was.
  | { ok: false; reason: 'not-taken' }
  // The editor changed but not as intended and could not be undone.
  | { ok: false; reason: 'draft-changed' };

/**
 * Inserts a suggestion at the caret through the editor's own input path and
 * checks afterwards that the editor really has it; falls back to the next
 * way in for this editor kind, and never leaves a half-changed draft behind.
 */
export async function insertSuggestion(editor: HTMLElement, kind: EditorKind, text: string): Promise<InsertResult> {
  const range = restoreCaret(editor);
  const around = lineContext(range, editor);
  const insertion = withSeparators(text, around.before, around.after);
  const before = editorText(editor);
  const expected = squash(text);

  for (const strategy of strategiesFor(kind)) {
    // Draft.js syncs its selection from the DOM on `select`, a tick later.
    await settle();
    strategy(editor, insertion);
    await settle();
    const after = editorText(editor);
    if (squash(after).includes(expected)) return { ok: true, method: strategyName.get(strategy) ?? 'unknown' };
    if (after !== before) return (await undoTo(editor, before)) ? { ok: false, reason: 'not-taken' } : { ok: false, reason: 'draft-changed' };
    restoreCaret(editor);
  }
  return { ok: false, reason: 'not-taken' };
}

/** A partial change is rolled back through the editor's own undo. */
async function undoTo(editor: HTMLElement, before: string): Promise<boolean> {
  document.execCommand('undo');
  await settle();
  return editorText(editor) === before;
}
