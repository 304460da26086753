import { modalAround } from '../sites/modal';
import { clipsOverflow, parentOf } from './visible-rect';

// Where a composer's assistant is mounted: at the end of the editor's modal
// dialog, so the dialog's focus trap and inertness leave the panel usable
// (lib/sites/modal.ts); else at the end of the page. Not in a modal that
// would cut the panel off: one that is (or sits in) a transformed box, which
// becomes what "fixed" is relative to, and that clips what overflows it
// (a dialog centred with translate(-50%, -50%) and rounded, hidden edges).
export function mountAnchor(editor: HTMLElement): HTMLElement {
  const modal = modalAround(editor);
  return modal && !clipsFixedContent(modal) ? modal : document.body;
}

const isSet = (value: string) => value !== '' && value !== 'none';

// Fixed content is cut by the boxes that clip overflow between it and its
// containing block, that block included; with no transformed box above, the
// viewport is its containing block and nothing cuts it.
function clipsFixedContent(from: Element): boolean {
  let clips = false;
  for (let el: Element | null = from; el && el !== document.body && el !== document.documentElement; el = parentOf(el)) {
    const style = getComputedStyle(el);
    clips ||= clipsOverflow(style);
    const containing =
      isSet(style.transform) ||
      isSet(style.filter) ||
      isSet(style.perspective) ||
      /paint|layout|strict|content/.test(style.contain) ||
      /transform|filter|perspective/.test(style.willChange);
    if (containing) return clips;
  }
  return false;
}
