import type { Rect } from './underline-boxes';

// Where the launcher goes so that it covers none of the site's controls nor
// the person's words. Its home is inside the editor's top-right corner; with
// words under it, it shrinks onto the editor's top edge (assistant.css);
// where a control is there (a LinkedIn comment box right under its post's
// Send button, X's Post right under a one-line editor), it goes beside the
// editor, then under it, then on the left; with no other way, over a few
// words rather than over a control. Pure geometry, so it is tested without a browser.

export interface LauncherSpot {
  left: number;
  top: number;
  /** Drawn shrunk on the editor's top edge (data-crowded, assistant.css). */
  crowded: boolean;
}

/** How far the crowded launcher is drawn above its box, and how much it shrinks (assistant.css). */
const CROWD_LIFT = 29;
const CROWD_SCALE = 0.8;
const GAP = 4;

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The box the launcher is drawn in at a spot (the crowded one shrinks towards its bottom-right corner, then lifts). */
function drawnBox(spot: LauncherSpot, size: { width: number; height: number }): Rect {
  if (!spot.crowded) return { left: spot.left, top: spot.top, right: spot.left + size.width, bottom: spot.top + size.height };
  const right = spot.left + size.width;
  const bottom = spot.top + size.height - CROWD_LIFT;
  return { left: right - size.width * CROWD_SCALE, top: bottom - size.height * CROWD_SCALE, right, bottom };
}

/**
 * `home` is the corner spot inside the editor (placement.ts); `editor` the
 * editor's visible box; `textUnder` whether words lie under the home spot.
 */
export function launcherSpot(
  home: { left: number; top: number },
  editor: Rect,
  size: { width: number; height: number },
  viewportWidth: number,
  obstacles: readonly Rect[],
  textUnder: boolean,
): LauncherSpot {
  const candidates: LauncherSpot[] = [
    ...(textUnder ? [] : [{ ...home, crowded: false }]),
    { ...home, crowded: true },
    { left: editor.right + GAP, top: home.top, crowded: false },
    { left: home.left, top: editor.bottom + GAP, crowded: false },
    { left: editor.left - GAP - size.width, top: home.top, crowded: false },
    // Over a few words of the first line rather than over a control.
    { ...home, crowded: false },
  ];
  const clear = candidates.find((spot) => {
    const box = drawnBox(spot, size);
    return box.right <= viewportWidth && box.left >= 0 && !obstacles.some((o) => overlaps(box, o));
  });
  return clear ?? (candidates[0] as LauncherSpot);
}
