import { blockedInColumn, freeIntervals } from './free-intervals';
import type { Rect } from './underline-boxes';

// Where a card, notice or panel goes so that it covers none of the site's
// controls (Post, the toolbar, the close button, the counter) and, where it
// can, not the person's draft either. Pure geometry on viewport rects, so it
// is tested without a browser: the content script measures, this decides.

export type Side = 'below' | 'above' | 'right' | 'left';

/** One place to try: a side of the anchor, at full size or in the compact form. */
export interface PlaceTry {
  side: Side;
  compact?: boolean;
}

export interface BoxRequest {
  /** What the box goes beside (a word, the draft, Post, the launcher). */
  anchor: Rect;
  /** The box's natural size. */
  width: number;
  height: number;
  /** The compact form: this narrow (default: as wide) and as short as `minHeight` (default: as tall). */
  compactWidth?: number;
  minHeight?: number;
  /** Never covered: the composer's controls. */
  obstacles: readonly Rect[];
  /** Covered only when no place clear of it exists: the draft. */
  avoid?: readonly Rect[];
  /** Given up after `avoid`, only when nothing else is clear of the obstacles: the line the person is writing. */
  keepClear?: readonly Rect[];
  viewport: { width: number; height: number };
  /** Above or below: where the box's left edge would like to be (default: the anchor's left). */
  alignLeft?: number;
  /** Above or below: line the box's right edge up with the anchor's instead (a panel under its launcher). */
  alignEnd?: boolean;
  /** Beside: where the box's top would like to be (default: the anchor's top). */
  alignTop?: number;
}

export interface PlacedBox {
  left: number;
  top: number;
  width: number;
  height: number;
  side: Side;
  compact: boolean;
  /** False when no place clear of every obstacle exists in the viewport: the least bad one. */
  clear: boolean;
}

/** Beside first, then above or below, then the same in the compact form (cards and notices). */
export const BESIDE_FIRST: readonly PlaceTry[] = [
  { side: 'right' },
  { side: 'left' },
  { side: 'below' },
  { side: 'above' },
  { side: 'right', compact: true },
  { side: 'left', compact: true },
  { side: 'below', compact: true },
  { side: 'above', compact: true },
];

/** Kept from the viewport's edges. */
const MARGIN = 8;
/** Between the box and its anchor. */
const GAP = 6;
const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

function attempt(req: BoxRequest, tried: PlaceTry, blockers: readonly Rect[]): PlacedBox | null {
  const { anchor, viewport } = req;
  const compact = tried.compact === true;
  const maxWidth = viewport.width - 2 * MARGIN;
  const width = Math.min(compact ? Math.min(req.compactWidth ?? req.width, req.width) : req.width, maxWidth);
  const maxHeight = Math.min(req.height, viewport.height - 2 * MARGIN);
  const minHeight = compact ? Math.min(req.minHeight ?? req.height, maxHeight) : maxHeight;
  const xMin = MARGIN;
  const xMax = viewport.width - MARGIN - width;
  const yMin = MARGIN;
  const yMax = viewport.height - MARGIN;
  const { side } = tried;

  if (side === 'below' || side === 'above') {
    const preferred = req.alignEnd ? anchor.right - width : (req.alignLeft ?? anchor.left);
    const lefts = [...new Set([clamp(preferred, xMin, xMax), clamp(anchor.right - width, xMin, xMax), clamp(anchor.left, xMin, xMax)])];
    for (const left of lefts) {
      const free = freeIntervals(yMin, yMax, blockedInColumn(left, left + width, blockers));
      if (side === 'below') {
        const from = anchor.bottom + GAP;
        for (const f of free) {
          const start = Math.max(f.start, from);
          if (f.end - start >= minHeight) {
            const height = Math.min(maxHeight, f.end - start);
            return { left, top: start, width, height, side, compact, clear: true };
          }
        }
      } else {
        const to = anchor.top - GAP;
        for (const f of [...free].reverse()) {
          const end = Math.min(f.end, to);
          if (end - f.start >= minHeight) {
            const height = Math.min(maxHeight, end - f.start);
            return { left, top: end - height, width, height, side, compact, clear: true };
          }
        }
      }
    }
    return null;
  }

  const left = side === 'right' ? anchor.right + GAP : anchor.left - GAP - width;
  if (left < xMin || left > xMax) return null;
  const preferredTop = req.alignTop ?? anchor.top;
  let best: PlacedBox | null = null;
  for (const f of freeIntervals(yMin, yMax, blockedInColumn(left, left + width, blockers))) {
    if (f.end - f.start < minHeight) continue;
    const height = Math.min(maxHeight, f.end - f.start);
    const top = clamp(preferredTop, f.start, f.end - height);
    if (!best || Math.abs(top - preferredTop) < Math.abs(best.top - preferredTop)) {
      best = { left, top, width, height, side, compact, clear: true };
    }
  }
  return best;
}

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

const rectOf = (box: PlacedBox): Rect => ({ left: box.left, top: box.top, right: box.left + box.width, bottom: box.top + box.height });

/** Nothing is clear: the side that covers the least of the obstacles, kept inside the viewport. */
function leastBad(req: BoxRequest, tries: readonly PlaceTry[]): PlacedBox {
  const { anchor, viewport } = req;
  let best: { box: PlacedBox; cost: number } = { box: { left: MARGIN, top: MARGIN, width: 0, height: 0, side: 'below', compact: true, clear: false }, cost: Infinity };
  for (const tried of tries) {
    const compact = tried.compact === true;
    const width = Math.min(compact ? (req.compactWidth ?? req.width) : req.width, viewport.width - 2 * MARGIN);
    const height = Math.min(compact ? (req.minHeight ?? req.height) : req.height, viewport.height - 2 * MARGIN);
    const raw = {
      below: { left: anchor.left, top: anchor.bottom + GAP },
      above: { left: anchor.left, top: anchor.top - GAP - height },
      right: { left: anchor.right + GAP, top: anchor.top },
      left: { left: anchor.left - GAP - width, top: anchor.top },
    }[tried.side];
    const box: PlacedBox = {
      left: clamp(raw.left, MARGIN, viewport.width - MARGIN - width),
      top: clamp(raw.top, MARGIN, viewport.height - MARGIN - height),
      width,
      height,
      side: tried.side,
      compact,
      clear: false,
    };
    const cost = req.obstacles.reduce((sum, r) => sum + overlap(rectOf(box), r), 0);
    if (cost < best.cost) best = { box, cost };
  }
  return best.box;
}

/**
 * The first of `tries` that covers no obstacle and nothing of `keepClear` and
 * `avoid`; else the first clear of the obstacles and `keepClear`; else the
 * first clear of the obstacles; else the least bad. Always inside the viewport.
 */
export function placeBox(req: BoxRequest, tries: readonly PlaceTry[] = BESIDE_FIRST): PlacedBox {
  const order = tries.length > 0 ? tries : BESIDE_FIRST;
  const line = [...req.obstacles, ...(req.keepClear ?? [])];
  const passes = [[...line, ...(req.avoid ?? [])], line, req.obstacles];
  for (const blockers of passes) {
    for (const tried of order) {
      const placed = attempt(req, tried, blockers);
      if (placed) return placed;
    }
  }
  return leastBad(req, order);
}
