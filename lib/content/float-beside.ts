import { afterPause } from './after-pause';
import { followLayout } from './follow-layout';
import { launcherSpot } from './launcher-spot';
import { placeLauncher } from './placement';
import { stackLevelOf } from './stacking';
import { textUnder } from './text-under';
import type { Rect } from './underline-boxes';
import { clippingAncestors, visibleRect } from './visible-rect';

// Keeps a panel fixed beside its editor. Its shadow host sits at the end of
// <body>, not inside the site's own elements, so it follows the editor by
// geometry, placed only when something that moves the editor happened
// (follow-layout.ts): never on a timer or every frame, and not at all while
// the editor is off screen or the tab hidden.
// The container inside the shadow root is what moves: the host itself is
// reset with `all: initial !important` from inside its shadow root, which
// beats any style set on it from outside. The host sits at the end of
// <body>, or of the editor's modal (mount-assistant.tsx).

const CROWD_PAUSE_MS = 150;

export interface Floating {
  stop: () => void;
  /** Where the container is now, in viewport coordinates; cards inside are placed relative to it. */
  origin: () => { left: number; top: number };
  /** Place again on the next frame, and measure the text under the launcher again. */
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
  // Ancestors that clip the editor, found again when it changes size.
  let clippers: Element[] | undefined;
  let zIndex = '';
  // Measured again when the text or the editor's size changes, not on scroll.
  let crowdingKnown = false;
  let wordsUnder = false;
  // The translation last written, and whether the container was displayed then.
  let applied: { left: number; top: number } | null = null;
  const scene = () => {
    if (!clippers) {
      clippers = clippingAncestors(editor);
      zIndex = String(stackLevelOf(editor) + 1);
    }
    return clippers;
  };
  const place = () => {
    // Every read first, then every write: one layout per placement, none forced.
    // The part on screen: a long draft scrolls inside the share dialog.
    const seen = visibleRect(scene());
    const rect = { top: seen.top, left: seen.left, width: Math.max(0, seen.right - seen.left), height: Math.max(0, seen.bottom - seen.top) };
    // Layout size, not the drawn one: a crowded launcher is drawn shrunk (CSS).
    const launcher = container.querySelector<HTMLElement>('.launcher');
    const launcherWidth = launcher?.offsetWidth || 26;
    const p = placeLauncher(rect, launcherWidth, { width: innerWidth, height: innerHeight });
    if (!crowdingKnown && !p.hidden && launcher) {
      crowdingKnown = true;
      // Text under the launcher's home spot (at full size): it shrinks onto the editor's top edge (CSS).
      const full = new DOMRect(Math.round(p.left) + launcher.offsetLeft, Math.round(p.top) + launcher.offsetTop, launcher.offsetWidth, launcher.offsetHeight);
      wordsUnder = textUnder(editor, full);
    }
    const size = { width: launcherWidth, height: launcher?.offsetHeight || 26 };
    // Off its corner when one of the site's controls is there (launcher-spot.ts).
    const spot = p.hidden ? { left: p.left, top: p.top, crowded: false } : launcherSpot(p, seen, size, innerWidth, controls(), wordsUnder);
    const before = origin;
    origin = { left: Math.round(spot.left), top: Math.round(spot.top) };
    const moved = before.left !== origin.left || before.top !== origin.top;
    // Fixed is relative to the viewport unless an ancestor is transformed
    // (a dialog mid-animation, with the panel mounted inside it): then move
    // by the difference, so the panel still lands beside the editor. The
    // difference is where the container is drawn less what was written.
    let shift: { dx: number; dy: number } | null = null;
    if (applied) {
      const actual = container.getBoundingClientRect();
      shift = { dx: Math.round(actual.left) - applied.left, dy: Math.round(actual.top) - applied.top };
    }

    container.style.zIndex = zIndex;
    container.style.display = p.hidden ? 'none' : '';
    const write = (dx: number, dy: number) => {
      applied = p.hidden ? null : { left: origin.left - dx, top: origin.top - dy };
      container.style.transform = `translate(${origin.left - dx}px, ${origin.top - dy}px)`;
    };
    write(shift?.dx ?? 0, shift?.dy ?? 0);
    container.style.setProperty('--chorus-max-height', `${Math.round(p.maxHeight)}px`);
    container.style.setProperty('--chorus-panel-shift', `${Math.round(p.panelShift)}px`);
    // On the container, which Preact does not render, so a re-render keeps it.
    container.dataset.opensUp = String(p.opensUp);
    container.dataset.crowded = String(spot.crowded);
    if (!shift && !p.hidden) {
      // Shown for the first time (or again): nothing was drawn to measure
      // before, so measure after writing, once.
      const actual = container.getBoundingClientRect();
      const dx = Math.round(actual.left) - origin.left;
      const dy = Math.round(actual.top) - origin.top;
      if (dx !== 0 || dy !== 0) write(dx, dy);
    }
    if (moved) onMove();
  };

  const follower = followLayout(editor, place, {
    scrollParents: () => scene().slice(1),
    onResize: () => {
      clippers = undefined;
      crowdingKnown = false;
    },
  });
  const recheck = () => {
    crowdingKnown = false;
    follower.refresh();
  };
  // The container changes size when the launcher's count changes width or
  // the panel opens: placed again then, after layout, rather than after
  // every render.
  const sized = new ResizeObserver(recheck);
  sized.observe(container);
  // Typing moves nothing by itself: an editor that grows is reported by
  // the resize observer. Text under the launcher is measured once typing
  // pauses, not on every key.
  const crowdPause = afterPause(CROWD_PAUSE_MS, recheck);
  const onInput = crowdPause.poke;
  editor.addEventListener('input', onInput);

  return {
    stop() {
      follower.stop();
      sized.disconnect();
      crowdPause.cancel();
      editor.removeEventListener('input', onInput);
    },
    origin: () => origin,
    refresh: recheck,
  };
}
