// Parts of an inserted suggestion that must stay as written (a disclosure, a
// campaign hashtag), passed in the CheckContext. A span that was edited is
// found by its unchanged beginning and end, and the fix puts the original
// back there; a span that is gone entirely is offered back at the end.
import { makeFinding } from '../finding';
import { fixLabel } from '../fix-labels';
import { findLocked } from '../locked-text';
import { defineRule } from '../rule';
import type { Finding } from '../types';

// Placeholder: {span}. No options: the spans come with the check context.
const options = {};

export const lockedSpansRule = defineRule('locked-spans', options, (config) => ({
  // A fix must not take away a span that was there; one that edits none of
  // them cannot.
  guard: (before, after) => {
    const locked = before.locked();
    if (!after.edits.some((e) => locked.some((r) => r.start < Math.max(e.end, e.start + 1) && e.start < r.end))) {
      return false;
    }
    const present = new Set(locked.map((r) => r.span));
    const still = new Set(findLocked(after.text(), [...present]).map((r) => r.span));
    return still.size < present.size;
  },
  check(view) {
    const { text } = view;
    if (text.trim() === '') return [];
    const findings: Finding[] = [];
    for (const span of new Set(view.ctx.lockedSpans ?? [])) {
      const wanted = span.trim();
      if (wanted === '' || view.locked().some((r) => r.span === span)) continue;
      const changed = changedRegion(text, wanted);
      const at = changed ?? { start: text.length, end: text.length };
      const insert = changed ? wanted : /\s$/.test(text) ? wanted : ` ${wanted}`;
      const fix = { label: fixLabel('restore', wanted), edits: [{ start: at.start, end: at.end, insert }] };
      findings.push(makeFinding(config, at.start, at.end, { span: wanted }, fix));
    }
    return findings;
  },
}));

// Where the span was, if its first and last few characters are still there
// in order and not too far apart; undefined when it cannot be told.
function changedRegion(text: string, span: string): { start: number; end: number } | undefined {
  const anchor = Math.min(12, Math.floor(span.length / 3));
  if (anchor < 3) return undefined;
  const start = text.indexOf(span.slice(0, anchor));
  if (start < 0) return undefined;
  const tail = span.slice(-anchor);
  const tailAt = text.indexOf(tail, start + anchor);
  if (tailAt < 0) return undefined;
  const end = tailAt + anchor;
  return end - start <= span.length * 2 + 20 ? { start, end } : undefined;
}
