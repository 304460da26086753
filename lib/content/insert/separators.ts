// A suggestion is a block of its own: when the caret sits after or before
// the person's own words on the same line, keep a blank line between them.
// Pure, so it is tested without a DOM.

const PARAGRAPH = '\n\n';

export function withSeparators(text: string, beforeOnLine: string, afterOnLine: string): string {
  const before = beforeOnLine.length > 0 && !/\s$/u.test(beforeOnLine) ? PARAGRAPH : '';
  const after = afterOnLine.length > 0 && !/^\s/u.test(afterOnLine) ? PARAGRAPH : '';
  return before + text + after;
}
