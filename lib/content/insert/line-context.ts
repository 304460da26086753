// The text on the caret's own line, before and after it, to decide whether
// the suggestion needs a blank line around it.

function lineOf(node: Node, editor: HTMLElement): Node {
  for (let el = node instanceof Element ? node : node.parentElement; el && el !== editor; el = el.parentElement) {
    const display = getComputedStyle(el).display;
    if (display === 'block' || display === 'list-item' || display === 'flex') return el;
  }
  return editor;
}

export function lineContext(range: Range, editor: HTMLElement): { before: string; after: string } {
  if (editor instanceof HTMLTextAreaElement) {
    const value = editor.value;
    const start = editor.selectionStart;
    const end = editor.selectionEnd;
    const lineStart = value.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = value.indexOf('\n', end);
    return { before: value.slice(lineStart, start), after: value.slice(end, lineEnd === -1 ? undefined : lineEnd) };
  }
  const line = lineOf(range.startContainer, editor);
  const before = document.createRange();
  before.selectNodeContents(line);
  before.setEnd(range.startContainer, range.startOffset);
  const after = document.createRange();
  after.selectNodeContents(line);
  after.setStart(range.endContainer, range.endOffset);
  return { before: before.toString(), after: after.toString() };
}
