import type { Placer } from '../../components/types';
import type { SurfaceRequest } from './surface-place';
import { prePostRequest } from './surfaces';

// The card beside Post ("Before you post"), listing the errors left: shown
// while the pointer or focus is on the site's Post button, and a moment after
// it leaves so the person can reach the card itself. Never blocks Post, never
// clicks it. Every timer it sets is cleared on stop, so nothing redraws after
// its composer is gone.

export interface PrePostOptions {
  /** The site's Post (or Reply, Comment) button; null when the adapter finds none. */
  button: HTMLElement | null;
  placer: (request: SurfaceRequest) => Placer;
  /** Whether the person points at the card itself (it stays while they do). */
  cardHovered: () => boolean;
  redraw: () => void;
}

export interface PrePost {
  /** Where the card goes, while it is shown. */
  current: () => { place: Placer } | null;
  /** Hide it a moment from now, unless Post or the card is still pointed at. */
  hideSoon: () => void;
  /** Hide it now (Escape). */
  hide: () => void;
  stop: () => void;
}

const HIDE_MS = 300;

export function trackPrePost({ button, placer, cardHovered, redraw }: PrePostOptions): PrePost {
  let shown: { place: Placer } | null = null;
  // Whether the pointer or focus is on Post.
  let onPost = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const enter = () => {
    if (!button) return;
    clearTimeout(timer);
    onPost = true;
    shown = { place: placer(prePostRequest(() => button.getBoundingClientRect())) };
    redraw();
  };
  const hideSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (cardHovered() || onPost || !shown) return;
      shown = null;
      redraw();
    }, HIDE_MS);
  };
  const leave = () => {
    onPost = false;
    hideSoon();
  };
  button?.addEventListener('pointerenter', enter);
  button?.addEventListener('focus', enter);
  button?.addEventListener('pointerleave', leave);
  button?.addEventListener('blur', leave);

  return {
    current: () => shown,
    hideSoon,
    hide() {
      clearTimeout(timer);
      shown = null;
    },
    stop() {
      clearTimeout(timer);
      shown = null;
      button?.removeEventListener('pointerenter', enter);
      button?.removeEventListener('focus', enter);
      button?.removeEventListener('pointerleave', leave);
      button?.removeEventListener('blur', leave);
    },
  };
}
