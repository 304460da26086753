// Where the locked spans of an inserted suggestion (CheckContext.lockedSpans)
// are in the text. The locked-spans rule reports the missing ones; the rules
// with fixes leave the present ones alone, because a fix that rewrote
// approved text (a brand spelling, capitals, a link inside a disclosure)
// would trade its own finding for a locked-span error.

export interface LockedRange {
  start: number;
  end: number;
  span: string; // as given in the context
}

// Composers turn spaces into no-break spaces and wrap lines; any white space
// counts as the span's white space. Patterns are kept per span text, since
// the same spans come back on every keystroke.
const patterns = new Map<string, RegExp>();

export function lockedPattern(span: string): RegExp {
  let pattern = patterns.get(span);
  if (!pattern) {
    if (patterns.size > 100) patterns.clear();
    const source = span.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    pattern = new RegExp(source, 'gu');
    patterns.set(span, pattern);
  }
  return pattern;
}

// Every occurrence of every non-blank span.
export function findLocked(text: string, spans: readonly string[]): LockedRange[] {
  const ranges: LockedRange[] = [];
  for (const span of spans) {
    if (span.trim() === '') continue;
    const pattern = lockedPattern(span);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      ranges.push({ start: m.index, end: m.index + m[0].length, span });
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

export const overlaps = (ranges: readonly LockedRange[], start: number, end: number): boolean =>
  ranges.some((r) => r.start < end && start < r.end);
