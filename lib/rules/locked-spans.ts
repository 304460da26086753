// Parts of an inserted suggestion that must stay as written (a disclosure, a
// campaign hashtag), passed in the CheckContext. A span that was edited is
// found by its unchanged beginning and end, and the fix puts the original
// back there; a span that is gone entirely is offered back at the end.
import { lockedSpansSchema } from './config';
import { makeFinding } from './finding';
import { fixLabel } from './fix-labels';
import { defineRule } from './rule';
import type { Finding } from './types';

// Composers turn spaces into no-break spaces and wrap lines; any white space
// counts as the span's white space. Patterns are kept per span text, since
// the same spans come back on every keystroke.
const patterns = new Map<string, RegExp>();
function patternFor(span: string): RegExp {
  let pattern = patterns.get(span);
  if (!pattern) {
    if (patterns.size > 100) patterns.clear();
    const source = span.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    pattern = new RegExp(source, 'u');
    patterns.set(span, pattern);
  }
  return pattern;
}

export const lockedSpansRule = defineRule('locked-spans', lockedSpansSchema, (config) => ({
  id: config.id,
  kind: 'locked-spans',
  networks: config.networks,
  check(view) {
    const { text } = view;
    if (text.trim() === '') return [];
    const findings: Finding[] = [];
    for (const span of new Set(view.ctx.lockedSpans ?? [])) {
      const wanted = span.trim();
      if (wanted === '' || patternFor(span).test(text)) continue;
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
