import type { Severity } from '../rules/types';

// Where the overlay draws underlines: the line boxes of each finding's text,
// cut to the part of the editor that is not scrolled away inside it or its
// scrolling ancestors. Pure geometry, so it is tested without a browser's
// layout.

export interface Box {
  severity: Severity;
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The part all rects share; empty (right ≤ left or bottom ≤ top) when they miss each other. */
export function intersect(rects: readonly Rect[]): Rect {
  let clip: Rect = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
  for (const r of rects) {
    clip = { left: Math.max(clip.left, r.left), top: Math.max(clip.top, r.top), right: Math.min(clip.right, r.right), bottom: Math.min(clip.bottom, r.bottom) };
  }
  return clip;
}

/** `rects` are a finding's client rects (Range.getClientRects); `clip` what of the editor can be seen. */
export function underlineBoxes(found: readonly { severity: Severity; rects: readonly Rect[] }[], clip: Rect): Box[] {
  const boxes: Box[] = [];
  for (const { severity, rects } of found) {
    const own: Rect[] = [];
    for (const rect of rects) {
      const left = Math.max(rect.left, clip.left);
      const right = Math.min(rect.right, clip.right);
      // Empty (a line break), or scrolled out of the editor's box.
      if (right - left < 1 || rect.bottom <= clip.top || rect.top >= clip.bottom) continue;
      // A range over an inline element yields the element's box and its
      // text's boxes: one underline per piece of line is enough.
      if (own.some((o) => o.left <= left && o.right >= right && o.top <= rect.top && o.bottom >= rect.bottom)) continue;
      own.push({ left, right, top: rect.top, bottom: rect.bottom });
      boxes.push({ severity, left, top: rect.top, width: right - left, height: rect.bottom - rect.top });
    }
  }
  return boxes;
}
