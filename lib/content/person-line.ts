import type { Rect } from './underline-boxes';

// The line the person is writing, which nothing of Chorus's may cover while
// they type: the caret's line when the caret is in the editor, else the
// draft's last line; across the visible width of the draft. Read when a
// surface is placed, never on a timer.

function caretRect(editor: HTMLElement): DOMRect | undefined {
  const selection = document.getSelection();
  if (!selection?.rangeCount || !selection.focusNode || !editor.contains(selection.focusNode)) return undefined;
  const range = selection.getRangeAt(0).cloneRange();
  range.collapse(false);
  const rect = range.getClientRects()[0];
  return rect && rect.height > 0 ? rect : undefined;
}

function lastLineRect(editor: HTMLElement): DOMRect | undefined {
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent?.trim()) last = node as Text;
  if (!last) return undefined;
  const end = (last.textContent ?? '').trimEnd().length;
  const range = document.createRange();
  range.setStart(last, Math.max(0, end - 1));
  range.setEnd(last, end);
  const rects = range.getClientRects();
  return rects[rects.length - 1];
}

export function personLine(editor: HTMLElement, draft: Rect): Rect | null {
  // A text field's lines are not in the DOM: the whole field is the person's text.
  if (editor instanceof HTMLTextAreaElement) return draft;
  const rect = caretRect(editor) ?? lastLineRect(editor);
  return rect ? { left: draft.left, right: draft.right, top: rect.top, bottom: rect.bottom } : null;
}
