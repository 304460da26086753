import type { Severity } from '../rules/types';

// Underlines for findings, drawn with the CSS Custom Highlight API: the
// browser paints them over the editor's text without a single change to the
// editor's DOM or model. One registry for the page, fed by every composer.

const NAMES: Record<Severity, string> = {
  error: 'chorus-error',
  warning: 'chorus-warning',
  suggestion: 'chorus-suggestion',
};

// Highlights are styled from the document's own style sheets; an adopted
// sheet adds no element to the page.
const STYLE = `
::highlight(chorus-error) { text-decoration: underline wavy #d12b2b; text-decoration-thickness: 1.5px; text-underline-offset: 3px; background-color: rgb(209 43 43 / 0.08); }
::highlight(chorus-warning) { text-decoration: underline wavy #c77700; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(chorus-suggestion) { text-decoration: underline dotted #4b36b8; text-decoration-thickness: 2px; text-underline-offset: 3px; }
`;

const byComposer = new Map<HTMLElement, Record<Severity, Range[]>>();
let styled = false;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function ensureStyle() {
  if (styled) return;
  styled = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function repaint() {
  for (const severity of Object.keys(NAMES) as Severity[]) {
    const ranges = [...byComposer.values()].flatMap((set) => set[severity]);
    if (ranges.length === 0) CSS.highlights.delete(NAMES[severity]);
    else CSS.highlights.set(NAMES[severity], new Highlight(...ranges));
  }
}

export function setHighlights(editor: HTMLElement, ranges: { severity: Severity; range: Range }[]): void {
  if (!highlightsSupported()) return;
  ensureStyle();
  const set: Record<Severity, Range[]> = { error: [], warning: [], suggestion: [] };
  for (const { severity, range } of ranges) set[severity].push(range);
  byComposer.set(editor, set);
  repaint();
}

export function clearHighlights(editor: HTMLElement): void {
  if (!byComposer.delete(editor) || !highlightsSupported()) return;
  repaint();
}
