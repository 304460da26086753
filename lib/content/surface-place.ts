import type { Placer } from '../../components/types';
import { type BoxRequest, type PlaceTry, placeBox } from './place-box';
import { personLine } from './person-line';
import type { Rect } from './underline-boxes';
import { clippingAncestors, visibleRect } from './visible-rect';

// Measures what a surface must keep clear of (the composer's controls, the
// visible part of the draft) and turns the pure placement (place-box.ts) into
// a position relative to the assistant's container, which is where the
// views draw. Runs when a surface is drawn, never on a timer or per frame.

export interface SurfaceRequest {
  /** What the surface goes beside, in viewport coordinates; `openedFrom` is what the view says it opens from. */
  anchor: (draft: Rect, openedFrom?: Rect) => Rect;
  /** Keep off the draft while a clear place exists (cards and notices; not the panel the person opened). */
  avoidDraft: boolean;
  tries?: readonly PlaceTry[];
  compactWidth?: number;
  minHeight?: number;
  align?: (draft: Rect) => Pick<BoxRequest, 'alignLeft' | 'alignEnd' | 'alignTop'>;
  /** Keep off the launcher (`openedFrom`) too: every surface but the panel, which opens from it. */
  clearOfLauncher?: boolean;
}

/** `controls`: the boxes of the composer's own controls (control-boxes.ts, shared with the launcher). */
export function surfacePlacer(editor: HTMLElement, controls: () => Rect[], origin: () => { left: number; top: number }) {
  return (request: SurfaceRequest): Placer =>
    (size, openedFrom) => {
      const draft = visibleRect(clippingAncestors(editor));
      const seen = draft.right > draft.left && draft.bottom > draft.top;
      const line = seen ? personLine(editor, draft) : null;
      // A fresh list each time: the launcher's box may be added below.
      const obstacles: Rect[] = controls();
      // What a card or notice was drawn from is the launcher: it stays in sight and clickable.
      if (openedFrom && request.clearOfLauncher) obstacles.push(openedFrom);
      const placed = placeBox(
        {
          anchor: request.anchor(draft, openedFrom),
          width: size.width,
          height: size.height,
          ...(request.compactWidth !== undefined && { compactWidth: request.compactWidth }),
          ...(request.minHeight !== undefined && { minHeight: request.minHeight }),
          obstacles,
          avoid: request.avoidDraft && seen ? [draft] : [],
          keepClear: line ? [line] : [],
          // The layout viewport, without a classic scrollbar the box could hide under.
          viewport: { width: document.documentElement.clientWidth || innerWidth, height: document.documentElement.clientHeight || innerHeight },
          ...request.align?.(draft),
        },
        request.tries,
      );
      const o = origin();
      return { left: placed.left - o.left, top: placed.top - o.top, width: placed.width, maxHeight: placed.height, compact: placed.compact };
    };
}
