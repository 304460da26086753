import type { Rect } from './underline-boxes';

// The stretches of a column of the viewport that no obstacle takes: where a
// card, notice or panel can go (place-box.ts). Pure geometry.

/** Kept from an obstacle, so a control's focus ring and shadow stay visible. */
const CLEARANCE = 4;

export interface Interval {
  start: number;
  end: number;
}

/** The stretches of [from, to] that no blocker covers. */
export function freeIntervals(from: number, to: number, blocked: Interval[]): Interval[] {
  const sorted = [...blocked].sort((a, b) => a.start - b.start);
  const free: Interval[] = [];
  let at = from;
  for (const b of sorted) {
    if (b.end <= at) continue;
    if (b.start >= to) break;
    if (b.start > at) free.push({ start: at, end: b.start });
    at = Math.max(at, b.end);
  }
  if (at < to) free.push({ start: at, end: to });
  return free;
}

/** The vertical stretches that blockers take in the column [left, right). */
export function blockedInColumn(left: number, right: number, blockers: readonly Rect[]): Interval[] {
  return blockers
    .filter((r) => r.right > r.left && r.bottom > r.top && r.left - CLEARANCE < right && r.right + CLEARANCE > left)
    .map((r) => ({ start: r.top - CLEARANCE, end: r.bottom + CLEARANCE }));
}
