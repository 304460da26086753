import { BESIDE_FIRST, type PlaceTry } from './place-box';
import type { SurfaceRequest } from './surface-place';
import type { Rect } from './underline-boxes';

// What each of Chorus's surfaces goes beside and in what order it tries the
// places around it (place-box.ts), so none covers the site's controls.

const full = (side: PlaceTry['side']): PlaceTry => ({ side });
const compact = (side: PlaceTry['side']): PlaceTry => ({ side, compact: true });

/** The card of a flagged word. By hover it may lie on the draft below the word; by caret the person is typing, so it goes beside the draft first. */
export function findingCardRequest(word: Rect, byCaret: boolean): SurfaceRequest {
  return {
    // The word's line across the draft: "beside" is beside the draft, at the word's height.
    anchor: (draft) => ({ left: Math.min(draft.left, word.left), right: Math.max(draft.right, word.right), top: word.top, bottom: word.bottom }),
    avoidDraft: byCaret,
    clearOfLauncher: true,
    tries: byCaret ? BESIDE_FIRST : [full('below'), full('above'), full('right'), full('left'), compact('below'), compact('above'), compact('right'), compact('left')],
    compactWidth: 220,
    minHeight: 72,
    align: () => ({ alignLeft: word.left, alignTop: word.top }),
  };
}

/** The card beside Post, listing the errors left: beside Post, never over the draft while a clear place exists. */
export function prePostRequest(post: () => Rect | null): SurfaceRequest {
  return {
    anchor: (draft) => post() ?? draft,
    avoidDraft: true,
    clearOfLauncher: true,
    tries: BESIDE_FIRST,
    compactWidth: 240,
    minHeight: 90,
  };
}

/** "Inserted. Make it yours": beside the draft, not over its last line nor a post's actions. */
export const noticeRequest: SurfaceRequest = {
  anchor: (draft) => draft,
  avoidDraft: true,
  clearOfLauncher: true,
  tries: BESIDE_FIRST,
  compactWidth: 200,
  minHeight: 32,
  align: (draft) => ({ alignTop: draft.top }),
};

/** The panel the person opened: it drops from its launcher, or goes wherever the site's controls are not. */
export const panelRequest: SurfaceRequest = {
  anchor: (draft, launcher) => launcher ?? { left: draft.right - 26, right: draft.right, top: draft.top, bottom: draft.top + 26 },
  avoidDraft: false,
  tries: [full('below'), full('above'), full('right'), full('left'), compact('below'), compact('above'), compact('right'), compact('left')],
  compactWidth: 300,
  minHeight: 160,
  align: () => ({ alignEnd: true }),
};
