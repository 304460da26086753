import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import type { Placer, SurfaceSize, ViewportBox } from './types';

// Puts a card, notice or panel where its placer says (clear of the site's
// controls), after each render: its size is known only once it is drawn.
// Event-driven like the renders themselves, never per frame.
export function usePlacement(
  ref: RefObject<HTMLElement | null>,
  place: Placer | null | undefined,
  options: { fixedSize?: SurfaceSize; openedFrom?: () => ViewportBox | undefined } = {},
) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !place) return;
    // The natural size first: a compact form from last time must not stick.
    el.style.width = '';
    el.style.maxHeight = '';
    const spot = place(options.fixedSize ?? { width: el.offsetWidth, height: el.offsetHeight }, options.openedFrom?.());
    el.style.left = `${Math.round(spot.left)}px`;
    el.style.top = `${Math.round(spot.top)}px`;
    el.style.right = 'auto';
    el.style.bottom = 'auto';
    el.style.width = `${Math.round(spot.width)}px`;
    el.style.maxHeight = `${Math.floor(spot.maxHeight)}px`;
    el.dataset.compact = String(spot.compact);
  });
}
