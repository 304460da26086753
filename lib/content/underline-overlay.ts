import { underlineBoxes } from './underline-boxes';
import type { Underline, Underlines } from './underline-types';
import { followLayout, type LayoutFollower } from './follow-layout';
import { stackLevelOf } from './stacking';
import { clippingAncestors, visibleRect } from './visible-rect';

// The fallback where the CSS Custom Highlight API is missing: one thin box
// per line of each finding, in a fixed, click-through layer of Chorus's own
// shadow root, laid over the editor's text. Nothing is added to the editor.
//
// The layer takes the stacking level of the editor's outermost positioned
// ancestor (a dialog's, or 0 in the page): later in the document, it paints
// just above the editor, and whatever the site puts above that (a dialog over
// a comment box, a sticky header) covers the underlines as it covers the
// text, with no event needed to notice. The ranges are live, so the boxes
// follow the text when measured again: when the editor scrolls, moves or
// resizes, and on its input (follow-layout.ts), never while it is off screen
// or the tab hidden. That follower exists only while there is something to
// underline.

interface Scene {
  zIndex: string;
  clippers: Element[]; // the editor and the ancestors that clip it
}

function sceneOf(editor: HTMLElement): Scene {
  return { zIndex: String(stackLevelOf(editor)), clippers: clippingAncestors(editor) };
}

export function overlayUnderlines(editor: HTMLElement, layer: HTMLElement): Underlines {
  let current: readonly Underline[] = [];
  let scene: Scene | undefined;
  let follower: LayoutFollower | null = null;
  const boxes: HTMLElement[] = [];

  const paint = () => {
    // Every read first, then every write.
    const found = editor.isConnected ? current.map(({ severity, range }) => ({ severity, rects: [...range.getClientRects()] })) : [];
    scene ??= sceneOf(editor);
    const placed = found.length === 0 ? [] : underlineBoxes(found, visibleRect(scene.clippers));
    // The layer covers the viewport, or a transformed ancestor's box.
    const base = placed.length > 0 ? layer.getBoundingClientRect() : { left: 0, top: 0 };
    layer.style.zIndex = scene.zIndex;
    while (boxes.length < placed.length) boxes.push(layer.appendChild(document.createElement('div')));
    boxes.forEach((element, i) => {
      const box = placed[i];
      element.hidden = !box;
      if (!box) return;
      element.className = `underline underline-${box.severity}`;
      element.style.transform = `translate(${Math.round(box.left - base.left)}px, ${Math.round(box.top - base.top)}px)`;
      element.style.width = `${Math.round(box.width)}px`;
      element.style.height = `${Math.round(box.height)}px`;
    });
  };
  const relayout = () => {
    scene = undefined; // a size change may come with a new layout
  };
  const scrollParents = () => {
    scene ??= sceneOf(editor);
    return scene.clippers.slice(1);
  };

  const follow = (on: boolean) => {
    if (on === (follower !== null)) return;
    if (on) {
      follower = followLayout(editor, paint, { scrollParents, onResize: relayout });
      editor.addEventListener('input', follower.refresh);
    } else if (follower) {
      editor.removeEventListener('input', follower.refresh);
      follower.stop();
      follower = null;
    }
  };

  return {
    set(underlines) {
      current = underlines;
      scene = undefined; // a check follows a change: the editor may have moved
      follow(underlines.length > 0);
      // With nothing left to underline, the old boxes go at once.
      if (follower) follower.refresh();
      else paint();
    },
    clear() {
      current = [];
      follow(false);
      paint();
    },
  };
}
