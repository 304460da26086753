import { launcherSpot } from './launcher-spot';
import { placeLauncher } from './placement';
import { stackLevelOf } from './stacking';
import { textUnder } from './text-under';
import type { Rect } from './underline-boxes';
import { clippingAncestors, visibleRect } from './visible-rect';

// Keeps a panel fixed beside its editor. Its shadow host sits at the end of
// <body>, not inside the site's own elements, so it follows the editor by
// geometry: on scroll, resize, editor resize and the first moments after
// mounting (dialogs animate in without firing any of those).
// The container inside the shadow root is what moves: the host itself is
// reset with `all: initial !important` from inside its shadow root, which
// beats any style set on it from outside. The host sits at the end of
// <body>, or of the editor's modal (mount-assistant.tsx).

const SETTLE_MS = 700;
const CROWD_PAUSE_MS = 150;

export interface Floating {
  stop: () => void;
  /** Where the container is now, in viewport coordinates; cards inside are placed relative to it. */
  origin: () => { left: number; top: number };
  /** Place again on the next frame (the launcher changed width). */
  refresh: () => void;
}

/**
 * `controls`: the site's controls near the editor, which the launcher steps away from (launcher-spot.ts).
 * `onMove`: the container moved; cards and notices inside it were placed for
 * where it was, so they are placed again (they would drift onto the site's controls).
 */
export function floatBeside(editor: HTMLElement, container: HTMLElement, controls: () => Rect[] = () => [], onMove: () => void = () => {}): Floating {
  let origin = { left: 0, top: 0 };
  // Just above the editor's own layer (stacking.ts): over a dialog the
  // editor is in, under a dialog opened over the editor.
  Object.assign(container.style, { position: 'fixed', top: '0', left: '0', margin: '0' });
  let frame = 0;
  // Ancestors that clip the editor, found again when it changes size.
  let clippers: Element[] | undefined;
  // Measured again when the text or the editor's size changes, not on scroll.
  let crowdingKnown = false;
  let wordsUnder = false;
  const place = () => {
    frame = 0;
    if (!clippers) {
      clippers = clippingAncestors(editor);
      container.style.zIndex = String(stackLevelOf(editor) + 1);
    }
    // The part on screen: a long draft scrolls inside the share dialog.
    const seen = visibleRect(clippers);
    const rect = { top: seen.top, left: seen.left, width: Math.max(0, seen.right - seen.left), height: Math.max(0, seen.bottom - seen.top) };
    // Layout size, not the drawn one: a crowded launcher is drawn shrunk (CSS).
    const launcher = container.querySelector<HTMLElement>('.launcher');
    const launcherWidth = launcher?.offsetWidth || 26;
    const p = placeLauncher(rect, launcherWidth, { width: innerWidth, height: innerHeight });
    container.style.display = p.hidden ? 'none' : '';
    if (!crowdingKnown && !p.hidden && launcher) {
      crowdingKnown = true;
      // Text under the launcher's home spot (at full size): it shrinks onto the editor's top edge (CSS).
      const full = new DOMRect(Math.round(p.left) + launcher.offsetLeft, Math.round(p.top) + launcher.offsetTop, launcher.offsetWidth, launcher.offsetHeight);
      wordsUnder = textUnder(editor, full);
    }
    const size = { width: launcherWidth, height: launcher?.offsetHeight || 26 };
    const spot = p.hidden ? { left: p.left, top: p.top, crowded: false } : launcherSpot(p, seen, size, innerWidth, controls(), wordsUnder);
    container.dataset.crowded = String(spot.crowded);
    const before = origin;
    origin = { left: Math.round(spot.left), top: Math.round(spot.top) };
    const moved = before.left !== origin.left || before.top !== origin.top;
    container.style.transform = `translate(${origin.left}px, ${origin.top}px)`;
    // Fixed is relative to the viewport unless an ancestor is transformed
    // (a dialog mid-animation, with the panel mounted inside it): then move
    // by the difference, so the panel still lands beside the editor.
    if (!p.hidden) {
      const actual = container.getBoundingClientRect();
      const dx = Math.round(actual.left) - origin.left;
      const dy = Math.round(actual.top) - origin.top;
      if (dx !== 0 || dy !== 0) container.style.transform = `translate(${origin.left - dx}px, ${origin.top - dy}px)`;
    }
    container.style.setProperty('--chorus-max-height', `${Math.round(p.maxHeight)}px`);
    container.style.setProperty('--chorus-panel-shift', `${Math.round(p.panelShift)}px`);
    // On the container, which Preact does not render, so a re-render keeps it.
    container.dataset.opensUp = String(p.opensUp);
    if (moved) onMove();
  };
  const recheck = () => {
    crowdingKnown = false;
    schedule();
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(place);
  };

  const resize = new ResizeObserver(() => {
    clippers = undefined;
    recheck();
  });
  resize.observe(editor);
  addEventListener('scroll', schedule, { capture: true, passive: true });
  addEventListener('resize', schedule, { passive: true });
  // Placed at once on input (the editor may grow); text under the launcher
  // is measured once typing pauses, not on every key.
  let crowdTimer: ReturnType<typeof setTimeout> | undefined;
  const onInput = () => {
    schedule();
    clearTimeout(crowdTimer);
    crowdTimer = setTimeout(recheck, CROWD_PAUSE_MS);
  };
  editor.addEventListener('input', onInput);
  const started = performance.now();
  const settle = () => {
    place();
    if (performance.now() - started < SETTLE_MS) frame = requestAnimationFrame(settle);
    else frame = 0;
  };
  frame = requestAnimationFrame(settle);

  return {
    stop() {
      cancelAnimationFrame(frame);
      resize.disconnect();
      removeEventListener('scroll', schedule, { capture: true });
      removeEventListener('resize', schedule);
      clearTimeout(crowdTimer);
      editor.removeEventListener('input', onInput);
    },
    origin: () => origin,
    refresh: recheck,
  };
}
