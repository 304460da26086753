import { watchMove } from './watch-move';

// When to place something that follows an editor (the launcher, the overlay
// underlines): only when something that can move or resize it happened, on
// the next frame, and never while the editor is off screen or the tab is
// hidden. Nothing here reads layout on a timer or every frame: on a busy feed
// with the composer sitting still, the follower costs no work at all.
//
// What counts as "something happened":
// - the editor or one of its scroll parents resizing (ResizeObserver);
// - one of those scroll parents, or the page, scrolling (listeners on them
//   only, not a window-wide capture listener that hears every list scrolling);
// - the window resizing;
// - the editor moving for any other reason: a dialog sliding in, a banner
//   pushing the feed down (watch-move.ts, an IntersectionObserver that fires
//   only when the editor's box changes);
// - the editor coming on screen (IntersectionObserver), or the tab becoming
//   visible again after something changed while it was hidden;
// - `refresh()`: the person typing, the launcher changing width.

export interface LayoutFollower {
  /** Place on the next frame (if the editor is on screen and the tab visible). */
  refresh: () => void;
  stop: () => void;
}

export interface FollowOptions {
  /** The ancestors the editor scrolls in, found again after the editor resizes. */
  scrollParents: () => readonly Element[];
  /** Before placing after a resize: the layout may have changed (new clipping ancestors). */
  onResize?: () => void;
}

export function followLayout(editor: HTMLElement, place: () => void, options: FollowOptions): LayoutFollower {
  let frame = 0;
  let stopped = false;
  // null until the first intersection callback, which comes at once.
  let onScreen: boolean | null = null;
  // Something changed while the tab was hidden or the editor off screen.
  let pending = true;
  let parents: readonly Element[] = [];
  const resized = new Set<Element>();
  let stopMove: (() => void) | null = null;

  const run = () => {
    frame = 0;
    if (!stopped) place();
  };
  const schedule = () => {
    if (stopped) return;
    if (document.hidden || !onScreen) {
      pending = true;
      return;
    }
    pending = false;
    if (frame === 0) frame = requestAnimationFrame(run);
  };

  const listen = (on: boolean) => {
    for (const parent of parents) {
      if (on) parent.addEventListener('scroll', schedule, { passive: true });
      else parent.removeEventListener('scroll', schedule);
    }
    // Not capture: the page's own scrolling, not every list inside it.
    if (on) addEventListener('scroll', schedule, { passive: true });
    else removeEventListener('scroll', schedule);
  };

  // Each element observed once: observing again would report it again,
  // and this runs from the observer's own callback.
  const resize = new ResizeObserver(() => {
    options.onResize?.();
    findParents();
    schedule();
  });
  const observeOnce = (el: Element) => {
    if (resized.has(el)) return;
    resized.add(el);
    resize.observe(el);
  };
  function findParents() {
    const next = options.scrollParents();
    if (next.length === parents.length && next.every((el, i) => el === parents[i])) return;
    if (onScreen) listen(false);
    parents = next;
    for (const parent of parents) observeOnce(parent);
    if (onScreen) listen(true);
  }

  const setOnScreen = (next: boolean) => {
    if (next === onScreen) return;
    const wasShown = onScreen === true;
    onScreen = next;
    if (wasShown !== next) listen(next);
    stopMove?.();
    stopMove = next ? watchMove(editor, schedule) : null;
    if (next) schedule();
    // One last placement, which hides what follows the editor; then nothing.
    else if (frame === 0) frame = requestAnimationFrame(run);
  };
  const visibility = new IntersectionObserver((entries) => {
    const latest = entries[entries.length - 1];
    if (latest) setOnScreen(latest.isIntersecting);
  });

  const onWindowResize = () => {
    options.onResize?.();
    schedule();
  };
  const onTabVisibility = () => {
    if (!document.hidden && pending) schedule();
  };
  observeOnce(editor);
  findParents();
  visibility.observe(editor);
  addEventListener('resize', onWindowResize, { passive: true });
  document.addEventListener('visibilitychange', onTabVisibility);

  return {
    refresh: schedule,
    stop() {
      stopped = true;
      cancelAnimationFrame(frame);
      if (onScreen) listen(false);
      stopMove?.();
      resize.disconnect();
      visibility.disconnect();
      removeEventListener('resize', onWindowResize);
      document.removeEventListener('visibilitychange', onTabVisibility);
    },
  };
}
