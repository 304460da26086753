import { underlineBoxes } from './underline-boxes';
import type { Underline, Underlines } from './underline-types';
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
// follow the text when measured again: on scroll, resize, the editor's own
// resizing and its input. Those listeners exist only while there is
// something to underline.

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
  let frame = 0;
  let following = false;
  const boxes: HTMLElement[] = [];
  const relayout = () => {
    scene = undefined; // a size change may come with a new layout
    schedule();
  };
  const resize = new ResizeObserver(relayout);

  const paint = () => {
    frame = 0;
    const found = editor.isConnected ? current.map(({ severity, range }) => ({ severity, rects: [...range.getClientRects()] })) : [];
    scene ??= sceneOf(editor);
    layer.style.zIndex = scene.zIndex;
    const placed = found.length === 0 ? [] : underlineBoxes(found, visibleRect(scene.clippers));
    while (boxes.length < placed.length) boxes.push(layer.appendChild(document.createElement('div')));
    // The layer covers the viewport, or a transformed ancestor's box.
    const base = placed.length > 0 ? layer.getBoundingClientRect() : { left: 0, top: 0 };
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
  function schedule() {
    if (frame === 0) frame = requestAnimationFrame(paint);
  }

  const follow = (on: boolean) => {
    if (on === following) return;
    following = on;
    if (on) {
      addEventListener('scroll', schedule, { capture: true, passive: true });
      addEventListener('resize', relayout, { passive: true });
      editor.addEventListener('input', schedule);
      resize.observe(editor);
    } else {
      removeEventListener('scroll', schedule, { capture: true });
      removeEventListener('resize', relayout);
      editor.removeEventListener('input', schedule);
      resize.disconnect();
    }
  };

  return {
    set(underlines) {
      current = underlines;
      scene = undefined; // a check follows a change: the editor may have moved
      follow(underlines.length > 0);
      schedule();
    },
    clear() {
      current = [];
      follow(false);
      cancelAnimationFrame(frame);
      paint();
    },
  };
}
