// Tells when an element moves on screen, whatever moved it (a dialog sliding
// in, a banner pushing the page down, a transform), without reading layout
// on a timer or every frame: an IntersectionObserver whose root is shrunk,
// by rootMargin, to exactly the element's current box. While the element
// stays put it is wholly inside that root and nothing fires; the frame it
// moves, the visible share changes and the callback runs once. Then the box
// is measured again and the observer is set up around the new one.
// (The technique of Floating UI's autoUpdate `layoutShift`.)

export function watchMove(element: Element, onMove: () => void): () => void {
  let observer: IntersectionObserver | null = null;

  const disconnect = () => {
    observer?.disconnect();
    observer = null;
  };

  // `threshold`: the share of the element that shows inside its own box. 1
  // in the ordinary case; less when an ancestor clips the element (a long
  // draft in a scrolling dialog), which the first callback tells.
  const arm = (threshold: number) => {
    disconnect();
    // One read, from the observer's callback or at the start: not every frame.
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return; // not laid out: the caller's visibility observer says when it is
    const root = document.documentElement;
    const top = Math.floor(box.top);
    const left = Math.floor(box.left);
    const right = Math.floor(root.clientWidth - box.right);
    const bottom = Math.floor(root.clientHeight - box.bottom);
    const rootMargin = `${-top}px ${-right}px ${-bottom}px ${-left}px`;
    let first = true;
    observer = new IntersectionObserver(
      (entries) => {
        const ratio = entries[entries.length - 1]?.intersectionRatio ?? 0;
        const wasFirst = first;
        first = false;
        if (ratio === threshold) return;
        // Nothing of it shows (clipped away): the caller's visibility observer
        // says when it is back. Re-arming here would loop, a frame at a time.
        if (wasFirst && ratio === 0) return disconnect();
        onMove();
        // The first callback comes at once: a share other than the expected one
        // means the element is clipped (watch for a change from that share), or
        // that it moved again since it was measured.
        arm(wasFirst && ratio > 0 ? ratio : 1);
      },
      { rootMargin, threshold: Math.min(1, Math.max(threshold, Number.MIN_VALUE)) },
    );
    observer.observe(element);
  };

  arm(1);
  return disconnect;
}
