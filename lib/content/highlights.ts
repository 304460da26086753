import type { Severity } from '../rules/types';
import type { Underline, Underlines } from './underline-types';

// Underlines drawn with the CSS Custom Highlight API: the browser paints them
// over the editor's text without a single change to the editor's DOM or
// model. The registry is the page's, so one set of highlights per severity
// holds the ranges of every composer.

const NAMES: Record<Severity, string> = {
  error: 'chorus-error',
  warning: 'chorus-warning',
  suggestion: 'chorus-suggestion',
};

// ::highlight() rules only style text in the tree that holds them: the
// document, or the shadow root an editor lives in (a web-component composer).
// An adopted sheet adds no element to either.
const STYLE = `
::highlight(chorus-error) { text-decoration: underline wavy #d12b2b; text-decoration-thickness: 1.5px; text-underline-offset: 3px; background-color: rgb(209 43 43 / 0.08); }
::highlight(chorus-warning) { text-decoration: underline wavy #c77700; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(chorus-suggestion) { text-decoration: underline dotted #4b36b8; text-decoration-thickness: 2px; text-underline-offset: 3px; }
`;

const byComposer = new Map<HTMLElement, Record<Severity, Range[]>>();
const styled = new WeakSet<Document | ShadowRoot>();
let sheet: CSSStyleSheet | undefined;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function ensureStyle(editor: HTMLElement) {
  const root = editor.getRootNode();
  const tree = root instanceof ShadowRoot ? root : document;
  if (styled.has(tree)) return;
  styled.add(tree);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  tree.adoptedStyleSheets = [...tree.adoptedStyleSheets, sheet];
}

function repaint() {
  for (const severity of Object.keys(NAMES) as Severity[]) {
    const ranges = [...byComposer.values()].flatMap((set) => set[severity]);
    if (ranges.length === 0) CSS.highlights.delete(NAMES[severity]);
    else CSS.highlights.set(NAMES[severity], new Highlight(...ranges));
  }
}

export function highlightUnderlines(editor: HTMLElement): Underlines {
  return {
    set(underlines: readonly Underline[]) {
      ensureStyle(editor);
      const set: Record<Severity, Range[]> = { error: [], warning: [], suggestion: [] };
      for (const { severity, range } of underlines) set[severity].push(range);
      byComposer.set(editor, set);
      repaint();
    },
    clear() {
      if (byComposer.delete(editor)) repaint();
    },
  };
}
