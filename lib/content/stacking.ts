import { parentOf } from './visible-rect';

// How high the site stacks an editor: the z-index of its outermost
// positioned ancestor that sets one (a dialog's layer), or 0 for an editor in
// the page. Chorus's UI for that editor is stacked just above it, so it shows
// over the editor but under whatever the site puts above the editor: a
// dialog opened over a comment box covers the comment box's launcher and
// underlines as it covers its text.
export function stackLevelOf(editor: Element): number {
  let level = 0;
  for (let el = parentOf(editor); el; el = parentOf(el)) {
    const style = getComputedStyle(el);
    if (style.position === 'static' || style.zIndex === 'auto') continue;
    const z = Number.parseInt(style.zIndex, 10);
    if (Number.isFinite(z)) level = z; // the outermost wins
  }
  return level;
}
