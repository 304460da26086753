// The text of a rich editor as the editor would post it, with a map back to
// DOM positions, so that guideline findings (UTF-16 offsets into the text)
// become DOM Ranges for underlines and fixes. Lines are the innermost block
// elements (Quill's <p>, Draft.js's block <div>, Lexical's <p>), joined by
// "\n" as Quill's getText() and Draft's getPlainText() join them.

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);

interface Segment {
  node: Text;
  start: number;
}

export interface TextMap {
  text: string;
  /** A DOM Range for [start, end) of the text, or null if it cannot be placed. */
  range(start: number, end: number): Range | null;
  /** The text offset of a DOM position inside the editor. */
  offsetOf(node: Node, offset: number): number;
}

// What another writing aid or a script may put inside an editor without it
// being part of the post: custom elements (a grammar checker's widgets),
// styles and scripts. Their text is skipped, subtree and all.
const NOT_TEXT = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT']);

function notPosted(node: Node): number {
  if (node.nodeType !== Node.ELEMENT_NODE) return NodeFilter.FILTER_ACCEPT;
  const el = node as Element;
  return NOT_TEXT.has(el.tagName) || el.localName.includes('-') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
}

function isLeafBlock(el: Element): boolean {
  if (!BLOCK_TAGS.has(el.tagName)) return false;
  for (const child of el.children) if (BLOCK_TAGS.has(child.tagName)) return false;
  return true;
}

export function mapEditorText(editor: HTMLElement): TextMap {
  if (editor instanceof HTMLTextAreaElement) return textareaMap(editor);
  const segments: Segment[] = [];
  const lineStarts: { el: Element; start: number }[] = [];
  let text = '';
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, { acceptNode: notPosted });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) segments.push({ node: node as Text, start: text.length });
      text += data;
    } else if (isLeafBlock(node as Element)) {
      if (lineStarts.length > 0) text += '\n';
      lineStarts.push({ el: node as Element, start: text.length });
    } else if ((node as Element).tagName === 'BR' && (node as Element).nextSibling) {
      // A soft line break inside a line (Lexical's Shift+Enter); a trailing
      // <br> only keeps an empty line open and is no character.
      text += '\n';
    }
  }
  return {
    text,
    range(start, end) {
      const from = locate(segments, lineStarts, start, 'forward');
      const to = locate(segments, lineStarts, end, 'backward');
      if (!from || !to) return null;
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
    offsetOf(node, offset) {
      if (node.nodeType === Node.TEXT_NODE) {
        const segment = segments.find((s) => s.node === node);
        if (segment) return segment.start + Math.min(offset, segment.node.data.length);
      }
      const probe = document.createRange();
      try {
        probe.setStart(node, offset);
      } catch {
        return 0; // not a position in the text (inside a form control)
      }
      let result = 0;
      for (const segment of segments) {
        // A text node the editor has since replaced is no longer comparable.
        if (!segment.node.isConnected || probe.comparePoint(segment.node, 0) > 0) break;
        result = segment.start + segment.node.data.length;
      }
      return result;
    },
  };
}

// A plain text field: its value is the text. Its inside is no DOM a Range
// can point into, so findings get no underline (the count and the list
// still show them) and positions come from its own selection.
function textareaMap(field: HTMLTextAreaElement): TextMap {
  return { text: field.value, range: () => null, offsetOf: () => field.selectionStart };
}

function locate(
  segments: Segment[],
  lineStarts: { el: Element; start: number }[],
  offset: number,
  bias: 'forward' | 'backward',
): { node: Node; offset: number } | null {
  // At the seam between two text nodes, a range's start belongs to the
  // next node and its end to the previous one.
  let found: Segment | undefined;
  for (const segment of segments) {
    if (offset < segment.start) break;
    if (offset <= segment.start + segment.node.data.length) {
      found = segment;
      if (bias === 'backward' || offset < segment.start + segment.node.data.length) break;
    }
  }
  if (found) return { node: found.node, offset: offset - found.start };
  // An empty line: place the position at the start of its block.
  const line = lineStarts.findLast((l) => l.start <= offset);
  return line ? { node: line.el, offset: 0 } : null;
}
