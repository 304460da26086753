import { vi } from 'vitest';

// happy-dom has IntersectionObserver and ResizeObserver that never report, and
// no layout: these stand-ins let a test say when an element comes on screen,
// moves or resizes, and count the frames asked for.

export interface FakeIntersection {
  callback: IntersectionObserverCallback;
  options: IntersectionObserverInit;
  targets: Element[];
  disconnected: boolean;
}

export interface Fakes {
  intersections: FakeIntersection[];
  resizes: { callback: ResizeObserverCallback; targets: Element[] }[];
  /** Frames asked for and not yet run. */
  frames: Map<number, FrameRequestCallback>;
  /** Runs every frame asked for so far; returns how many ran. */
  runFrames: () => number;
  /** Tells every live intersection observer of `target` this entry (the visibility observer and the move observer alike). */
  intersect: (target: Element, entry: { isIntersecting: boolean; intersectionRatio: number }, which?: (observer: FakeIntersection) => boolean) => void;
  resize: (target: Element) => void;
}

export function installFakeObservers(): Fakes {
  const fakes: Fakes = {
    intersections: [],
    resizes: [],
    frames: new Map(),
    runFrames() {
      const due = [...fakes.frames.entries()];
      fakes.frames.clear();
      for (const [, run] of due) run(0);
      return due.length;
    },
    intersect(target, entry, which = () => true) {
      for (const observer of [...fakes.intersections]) {
        if (observer.disconnected || !observer.targets.includes(target) || !which(observer)) continue;
        observer.callback([{ target, ...entry } as unknown as IntersectionObserverEntry], observer as unknown as IntersectionObserver);
      }
    },
    resize(target) {
      for (const observer of fakes.resizes) {
        if (observer.targets.includes(target)) observer.callback([{ target } as unknown as ResizeObserverEntry], observer as unknown as ResizeObserver);
      }
    },
  };
  let nextFrame = 1;
  vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => {
    const id = nextFrame++;
    fakes.frames.set(id, run);
    return id;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => fakes.frames.delete(id));
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      record: FakeIntersection;
      constructor(callback: IntersectionObserverCallback, options: IntersectionObserverInit = {}) {
        this.record = { callback, options, targets: [], disconnected: false };
        fakes.intersections.push(this.record);
      }
      observe(target: Element) {
        this.record.targets.push(target);
      }
      disconnect() {
        this.record.disconnected = true;
        this.record.targets = [];
      }
    },
  );
  vi.stubGlobal(
    'ResizeObserver',
    class {
      record: { callback: ResizeObserverCallback; targets: Element[] };
      constructor(callback: ResizeObserverCallback) {
        this.record = { callback, targets: [] };
        fakes.resizes.push(this.record);
      }
      observe(target: Element) {
        this.record.targets.push(target);
      }
      disconnect() {
        this.record.targets = [];
      }
    },
  );
  return fakes;
}

/** The observer that watches for on/off screen: the one without a rootMargin. */
export const visibilityObserver = (observer: FakeIntersection) => observer.options.rootMargin === undefined;
/** The observers that watch for moves (watch-move.ts): a rootMargin around the element's box. */
export const moveObserver = (observer: FakeIntersection) => observer.options.rootMargin !== undefined;
