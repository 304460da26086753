import { describe, expect, it } from 'vitest';
import { type PlacedBox, placeBox } from '../../../lib/content/place-box';
import type { SurfaceRequest } from '../../../lib/content/surface-place';
import { findingCardRequest, noticeRequest, panelRequest, prePostRequest } from '../../../lib/content/surfaces';
import type { Rect } from '../../../lib/content/underline-boxes';

// Each surface's request, put through the pure placement as surface-place.ts
// does with measured rects: on X's tight home composer (Post right under a
// one-line editor), nothing lands on the site's controls, and what must keep
// off the draft does.

const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const asRect = (b: PlacedBox): Rect => rect(b.left, b.top, b.width, b.height);

const viewport = { width: 1366, height: 900 };
const draft = rect(330, 120, 520, 24);
const post = rect(780, 146, 70, 36);
const toolbar = rect(320, 146, 140, 36);
const launcher = rect(824, 120, 26, 26);
const controls = [post, toolbar];

function place(request: SurfaceRequest, size: { width: number; height: number }, openedFrom?: Rect): PlacedBox {
  const obstacles = openedFrom && request.clearOfLauncher ? [...controls, openedFrom] : controls;
  return placeBox(
    {
      anchor: request.anchor(draft, openedFrom),
      ...size,
      ...(request.compactWidth !== undefined && { compactWidth: request.compactWidth }),
      ...(request.minHeight !== undefined && { minHeight: request.minHeight }),
      obstacles,
      avoid: request.avoidDraft ? [draft] : [],
      viewport,
      ...request.align?.(draft),
    },
    request.tries,
  );
}

describe('surfaces on a tight composer', () => {
  it('the "Inserted" notice goes beside the draft, on none of the controls nor the draft', () => {
    const box = place(noticeRequest, { width: 240, height: 40 }, launcher);
    expect(box.clear).toBe(true);
    for (const control of [...controls, launcher, draft]) expect(overlaps(asRect(box), control)).toBe(false);
  });

  it('a finding card opened by the caret keeps off the draft; by hover it may drop below the word', () => {
    const word = rect(600, 122, 120, 20);
    const byCaret = place(findingCardRequest(word, true), { width: 300, height: 140 }, launcher);
    expect(overlaps(asRect(byCaret), draft)).toBe(false);
    const byHover = place(findingCardRequest(word, false), { width: 300, height: 140 }, launcher);
    expect(byHover.side).not.toBe('right');
    for (const box of [byCaret, byHover]) for (const control of controls) expect(overlaps(asRect(box), control)).toBe(false);
  });

  it('the card beside Post goes beside Post, not over it or the draft', () => {
    const box = place(prePostRequest(() => post), { width: 280, height: 120 }, launcher);
    expect(box.clear).toBe(true);
    expect(overlaps(asRect(box), post)).toBe(false);
    expect(overlaps(asRect(box), draft)).toBe(false);
  });

  it('with no Post to measure, the card beside Post goes beside the draft', () => {
    expect(prePostRequest(() => null).anchor(draft)).toEqual(draft);
  });

  it('the panel drops from its launcher, lined up with its end, and covers no control', () => {
    const box = place(panelRequest, { width: 360, height: 420 }, launcher);
    expect(box.clear).toBe(true);
    expect(box.left + box.width).toBeLessThanOrEqual(launcher.right + 0.5);
    for (const control of controls) expect(overlaps(asRect(box), control)).toBe(false);
  });

  it('the panel without a launcher box anchors at the draft’s top-right corner', () => {
    expect(panelRequest.anchor(draft)).toEqual({ left: draft.right - 26, right: draft.right, top: draft.top, bottom: draft.top + 26 });
  });
});
