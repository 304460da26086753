import type { Finding } from './types';

// Which findings are the pack's own doing. Text that Chorus inserted from a
// pack and that the person has not changed is the company's approved copy: a
// finding inside it means the pack breaks its own guidelines (an admin's
// problem), not that the person made a mistake. Such findings are kept from
// the person and reported as a pack problem instead (lib/background/pack-problems.ts).
//
// "Not changed" is judged per line: a line of the inserted text that still
// stands as a whole line of the draft. A person who edits one line owns that
// line; the others stay the pack's. A finding about the whole post (start ===
// end: a missing hashtag, the length) is the pack's only while the draft is
// exactly one inserted text.

export interface InsertedText {
  itemId: string;
  text: string;
}

export interface SplitFindings {
  own: Finding[];
  /** With the item whose unchanged text holds each finding. */
  pack: { itemId: string; finding: Finding }[];
}

interface Span {
  itemId: string;
  start: number;
  end: number;
}

// Editors turn spaces into no-break spaces here and there (Quill after a
// double space, Draft.js at line ends); one code unit each, so offsets hold.
const comparable = (text: string) => text.replace(/\u00a0/g, ' ');
const collapsed = (text: string) => comparable(text).replace(/\s+/gu, ' ').trim();

function lineSpans(draft: string, inserted: InsertedText): Span[] {
  const spans: Span[] = [];
  for (const line of comparable(inserted.text).split('\n')) {
    const needle = line.trim();
    if (needle === '') continue;
    for (let at = draft.indexOf(needle); at !== -1; at = draft.indexOf(needle, at + 1)) {
      const lineStart = draft.lastIndexOf('\n', at - 1) + 1;
      const nextBreak = draft.indexOf('\n', at + needle.length);
      const lineEnd = nextBreak === -1 ? draft.length : nextBreak;
      // Only where it is the whole line, give or take surrounding spaces.
      if (draft.slice(lineStart, at).trim() === '' && draft.slice(at + needle.length, lineEnd).trim() === '') {
        spans.push({ itemId: inserted.itemId, start: at, end: at + needle.length });
      }
    }
  }
  return spans;
}

export function splitInsertedFindings(draft: string, findings: readonly Finding[], inserted: readonly InsertedText[]): SplitFindings {
  if (inserted.length === 0) return { own: [...findings], pack: [] };
  const text = comparable(draft);
  const spans = inserted.flatMap((item) => lineSpans(text, item));
  const whole = inserted.find((item) => collapsed(item.text) === collapsed(text));
  const split: SplitFindings = { own: [], pack: [] };
  for (const finding of findings) {
    const owner =
      finding.start === finding.end
        ? whole?.itemId
        : spans.find((span) => span.start <= finding.start && finding.end <= span.end)?.itemId;
    if (owner === undefined) split.own.push(finding);
    else split.pack.push({ itemId: owner, finding });
  }
  return split;
}
