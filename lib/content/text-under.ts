// Whether any of the editor's text lies under a box (the launcher): the line
// boxes of its text nodes, measured by the browser. A range over the whole
// editor would also return its full-width block elements. Run when the draft
// changes, not on scroll.
export function textUnder(editor: HTMLElement, box: DOMRect): boolean {
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    range.selectNodeContents(node);
    for (const line of range.getClientRects()) {
      if (line.right > box.left && line.left < box.right && line.bottom > box.top && line.top < box.bottom) return true;
    }
  }
  return false;
}
