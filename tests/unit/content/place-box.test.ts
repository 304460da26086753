import { describe, expect, it } from 'vitest';
import { type BoxRequest, type PlacedBox, placeBox } from '../../../lib/content/place-box';
import type { Rect } from '../../../lib/content/underline-boxes';

const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });
const asRect = (b: PlacedBox): Rect => rect(b.left, b.top, b.width, b.height);
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (b: PlacedBox, viewport: { width: number; height: number }) =>
  b.left >= 0 && b.top >= 0 && b.left + b.width <= viewport.width && b.top + b.height <= viewport.height;

// X's home composer at 1366x900 as the issue saw it: a one-line editor with
// Post right under its right end, the toolbar under its left end.
const viewport = { width: 1366, height: 900 };
const draft = rect(330, 120, 520, 24);
const post = rect(780, 146, 70, 36);
const toolbar = rect(320, 146, 140, 36);
const counter = rect(740, 149, 30, 30);
const controls = [post, toolbar, counter];

const card = (over: Partial<BoxRequest> = {}): BoxRequest => ({
  anchor: draft,
  width: 300,
  height: 120,
  compactWidth: 220,
  minHeight: 60,
  obstacles: controls,
  avoid: [draft],
  viewport,
  ...over,
});

describe('placeBox', () => {
  it('goes beside its anchor when there is room there', () => {
    const placed = placeBox(card());
    expect(placed.side).toBe('right');
    expect(placed.left).toBeGreaterThanOrEqual(draft.right);
    expect(placed.clear).toBe(true);
    expect(placed.compact).toBe(false);
  });

  it('never covers a control, nor the draft while a clear place exists', () => {
    for (const width of [1024, 1366, 1920]) {
      const vp = { width, height: 620 };
      const placed = placeBox(card({ viewport: vp }));
      for (const r of [...controls, draft]) expect(overlaps(asRect(placed), r)).toBe(false);
      expect(inside(placed, vp)).toBe(true);
    }
  });

  it('takes the other side, then above or below, when a side is out of the viewport', () => {
    const wide = rect(40, 300, 1280, 24);
    const placed = placeBox(card({ anchor: wide, avoid: [wide], obstacles: [rect(1200, 326, 80, 36)] }));
    expect(['below', 'above']).toContain(placed.side);
    expect(overlaps(asRect(placed), wide)).toBe(false);
    expect(overlaps(asRect(placed), rect(1200, 326, 80, 36))).toBe(false);
  });

  it('below skips over a row of controls rather than lying on it', () => {
    const launcher = rect(820, 122, 26, 26);
    const placed = placeBox({ anchor: launcher, width: 360, height: 420, minHeight: 160, obstacles: controls, viewport, alignEnd: true }, [
      { side: 'below' },
    ]);
    expect(placed.side).toBe('below');
    expect(placed.top).toBeGreaterThanOrEqual(post.bottom);
    expect(placed.left + placed.width).toBeCloseTo(launcher.right);
  });

  it('shrinks to the compact form when the full size fits nowhere clear', () => {
    const small = { width: 900, height: 620 };
    // A dialog filling the window but for a strip on the right and 200 px below.
    const dialog = rect(100, 10, 640, 400);
    const placed = placeBox(card({ anchor: rect(120, 60, 600, 300), avoid: [dialog], obstacles: [rect(600, 360, 120, 40)], viewport: small, height: 260 }));
    expect(placed.clear).toBe(true);
    expect(placed.compact).toBe(true);
    expect(placed.width).toBe(220);
    expect(overlaps(asRect(placed), dialog)).toBe(false);
    expect(inside(placed, small)).toBe(true);
  });

  it('covers the draft only when nothing else is clear of the controls', () => {
    const vp = { width: 600, height: 300 };
    const full = rect(0, 0, 600, 300);
    const placed = placeBox(card({ anchor: rect(20, 20, 560, 200), avoid: [full], obstacles: [rect(480, 240, 100, 40)], viewport: vp }));
    expect(placed.clear).toBe(true);
    expect(overlaps(asRect(placed), rect(480, 240, 100, 40))).toBe(false);
    expect(inside(placed, vp)).toBe(true);
  });

  it("gives up the draft before the person's line, and that line only before a control", () => {
    const vp = { width: 600, height: 400 };
    const box = rect(10, 10, 580, 380);
    const line = rect(10, 200, 580, 24);
    const placed = placeBox(card({ anchor: rect(560, 10, 26, 26), avoid: [box], keepClear: [line], obstacles: [rect(480, 340, 100, 40)], viewport: vp, height: 150 }));
    expect(overlaps(asRect(placed), line)).toBe(false);
    expect(overlaps(asRect(placed), rect(480, 340, 100, 40))).toBe(false);
    const squeezed = placeBox(card({ anchor: rect(560, 10, 26, 26), avoid: [], keepClear: [rect(0, 0, 600, 400)], obstacles: [rect(480, 340, 100, 40)], viewport: vp }));
    expect(overlaps(asRect(squeezed), rect(480, 340, 100, 40))).toBe(false);
    expect(squeezed.clear).toBe(true);
  });

  it('stays on screen at 900x620 for a word near the bottom', () => {
    const vp = { width: 900, height: 620 };
    const word = rect(700, 590, 80, 20);
    const placed = placeBox(card({ anchor: word, avoid: [], viewport: vp, height: 200 }), [{ side: 'below' }, { side: 'above' }]);
    expect(placed.side).toBe('above');
    expect(inside(placed, vp)).toBe(true);
  });

  it('a box taller or wider than the viewport is cut to it', () => {
    const vp = { width: 320, height: 240 };
    const placed = placeBox(card({ anchor: rect(10, 10, 10, 10), width: 360, height: 420, avoid: [], obstacles: [], viewport: vp }));
    expect(inside(placed, vp)).toBe(true);
  });

  it('with no clear place at all it keeps inside the viewport and says it is not clear', () => {
    const vp = { width: 400, height: 300 };
    const placed = placeBox(card({ anchor: rect(50, 50, 100, 20), obstacles: [rect(0, 0, 400, 300)], avoid: [], viewport: vp }));
    expect(placed.clear).toBe(false);
    expect(inside(placed, vp)).toBe(true);
  });
});
