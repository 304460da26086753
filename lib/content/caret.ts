// Remembers where the caret was in each composer, so that a suggestion lands
// where the person was writing even after they clicked or tabbed into the
// panel, and puts it back before inserting.

const saved = new WeakMap<HTMLElement, Range>();
const watched = new Set<HTMLElement>();

function onSelectionChange() {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return;
  const range = selection.getRangeAt(0);
  for (const editor of watched) {
    if (editor.contains(range.startContainer)) saved.set(editor, range.cloneRange());
  }
}

export function rememberCaret(editor: HTMLElement): () => void {
  if (watched.size === 0) document.addEventListener('selectionchange', onSelectionChange);
  watched.add(editor);
  return () => {
    watched.delete(editor);
    saved.delete(editor);
    if (watched.size === 0) document.removeEventListener('selectionchange', onSelectionChange);
  };
}

/** The deepest last position inside the editor that editors accept a caret in. */
function endOf(editor: HTMLElement): Range {
  let node: Node = editor;
  while (node.lastChild && node.lastChild.nodeName !== 'BR') node = node.lastChild;
  const range = document.createRange();
  if (node.nodeType === Node.TEXT_NODE) range.setStart(node, node.textContent?.length ?? 0);
  else range.setStart(node, node.childNodes.length);
  range.collapse(true);
  return range;
}

function isUsable(range: Range | undefined, editor: HTMLElement): range is Range {
  return !!range && range.startContainer.isConnected && editor.contains(range.startContainer);
}

/**
 * Focuses the editor with the caret where the person left it (or at the end
 * of the draft). Returns the range that is now selected.
 */
export function restoreCaret(editor: HTMLElement): Range {
  // A text field keeps its own caret through focus changes.
  if (editor instanceof HTMLTextAreaElement) {
    editor.focus({ preventScroll: true });
    const here = document.createRange();
    here.setStart(editor, 0);
    return here;
  }
  const selection = document.getSelection();
  const current = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  if (document.activeElement === editor && isUsable(current, editor)) return current;
  const remembered = saved.get(editor);
  const range = isUsable(remembered, editor) ? remembered : endOf(editor);
  editor.focus({ preventScroll: true });
  // Quill and others move the caret on focus; put it back afterwards.
  selection?.removeAllRanges();
  selection?.addRange(range);
  return range;
}
