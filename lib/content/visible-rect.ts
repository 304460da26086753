import { intersect, type Rect } from './underline-boxes';

// The part of an editor a person can see: its box, cut by every ancestor that
// clips what overflows it (a dialog's scrolling body, a feed column) and by
// the viewport. A long draft scrolls inside LinkedIn's share dialog, so the
// editor's own box can start far above what is on screen.

const CLIPS = /^(hidden|clip|auto|scroll|overlay)$/;

/** Whether a box with this style cuts off what overflows it. */
export function clipsOverflow(style: CSSStyleDeclaration): boolean {
  return CLIPS.test(style.overflowX) || CLIPS.test(style.overflowY);
}

/** The element and its ancestors that clip it; crosses shadow roots (an editor in a web component). */
export function clippingAncestors(el: Element): Element[] {
  const clippers: Element[] = [el];
  for (let at: Element | null = parentOf(el); at; at = parentOf(at)) {
    if (at === document.documentElement || at === document.body) continue;
    if (clipsOverflow(getComputedStyle(at))) clippers.push(at);
  }
  return clippers;
}

export function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

export function visibleRect(clippers: readonly Element[]): Rect {
  const viewport = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
  return intersect([...clippers.map((el) => el.getBoundingClientRect()), viewport]);
}
