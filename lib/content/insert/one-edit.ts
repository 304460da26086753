import { applyEdits } from '../../rules/verify-fix';
import type { TextEdit } from '../../rules/types';

// A fix of several edits (move a hashtag: insert it at the start, delete it
// further on) would reach most editors as several changes, and so as several
// undo steps: Draft.js pushes one EditorState per change, and the browser's
// own undo keeps one step per execCommand. As one edit over the span from the
// first to the last, with the text both ends share left alone, the fix is a
// single change that one Ctrl+Z takes back. Pure, so it is tested without a DOM.

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The edits as one, against the same text: at most the span they cover,
 * never half a surrogate pair. A single edit is passed on as the rule made it.
 */
export function asOneEdit(text: string, edits: readonly TextEdit[]): TextEdit | null {
  if (edits.length <= 1) return edits[0] ?? null;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const from = sorted[0]?.start ?? 0;
  const to = Math.max(...sorted.map((edit) => edit.end));
  const before = text.slice(from, to);
  const after = applyEdits(before, sorted.map((edit) => ({ ...edit, start: edit.start - from, end: edit.end - from })));
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  if (head > 0 && isLowSurrogate(before.charCodeAt(head))) head--;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  if (tail > 0 && isLowSurrogate(before.charCodeAt(before.length - tail))) tail--;
  return { start: from + head, end: to - tail, insert: after.slice(head, after.length - tail) };
}
