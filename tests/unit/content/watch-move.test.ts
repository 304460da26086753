// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchMove } from '../../../lib/content/watch-move';
import { type Fakes, installFakeObservers } from './fake-observers';

let fakes: Fakes;

function element(box: { x: number; y: number; width: number; height: number }) {
  const el = document.createElement('div');
  const read = vi.fn(() => DOMRect.fromRect(box));
  el.getBoundingClientRect = read;
  document.body.append(el);
  return { el, read, box };
}

const live = () => fakes.intersections.filter((o) => !o.disconnected);

describe('watchMove', () => {
  beforeEach(() => {
    fakes = installFakeObservers();
    Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, value: 1000 });
    Object.defineProperty(document.documentElement, 'clientHeight', { configurable: true, value: 800 });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  it('watches a root shrunk to exactly the element box, and reads layout once for it', () => {
    const { el, read } = element({ x: 100, y: 50, width: 400, height: 200 });
    watchMove(el, () => {});
    expect(live()).toHaveLength(1);
    // top, right (1000 - 500), bottom (800 - 250), left
    expect(live()[0]?.options.rootMargin).toBe('-50px -500px -550px -100px');
    expect(live()[0]?.options.threshold).toBe(1);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('says nothing at rest, and tells each move once, then watches around the new box', () => {
    const { el, read, box } = element({ x: 100, y: 50, width: 400, height: 200 });
    const onMove = vi.fn();
    watchMove(el, onMove);
    fakes.intersect(el, { isIntersecting: true, intersectionRatio: 1 }); // the first report, at rest
    expect(onMove).not.toHaveBeenCalled();
    box.y = 140; // a banner pushed it down
    fakes.intersect(el, { isIntersecting: true, intersectionRatio: 0.55 });
    expect(onMove).toHaveBeenCalledTimes(1);
    expect(live()).toHaveLength(1);
    expect(live()[0]?.options.rootMargin).toBe('-140px -500px -460px -100px');
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('takes a clipped element as it is at rest and tells when that changes', () => {
    const { el } = element({ x: 0, y: 0, width: 400, height: 1000 });
    const onMove = vi.fn();
    watchMove(el, onMove);
    // Half of it shows (a long draft in a scrolling dialog).
    fakes.intersect(el, { isIntersecting: true, intersectionRatio: 0.5 });
    expect(onMove).toHaveBeenCalledTimes(1);
    expect(live()[0]?.options.threshold).toBe(0.5);
    fakes.intersect(el, { isIntersecting: true, intersectionRatio: 0.5 }); // the new observer's first report
    expect(onMove).toHaveBeenCalledTimes(1);
    expect(live()[0]?.options.threshold).toBe(0.5);
  });

  it('does not loop on an element clipped away entirely, nor on one not laid out', () => {
    const { el } = element({ x: 0, y: 0, width: 400, height: 200 });
    const onMove = vi.fn();
    watchMove(el, onMove);
    fakes.intersect(el, { isIntersecting: false, intersectionRatio: 0 });
    expect(onMove).not.toHaveBeenCalled();
    expect(live()).toHaveLength(0);
    const hidden = element({ x: 0, y: 0, width: 0, height: 0 });
    watchMove(hidden.el, onMove);
    expect(live()).toHaveLength(0);
  });

  it('stops on the returned function', () => {
    const { el } = element({ x: 0, y: 0, width: 400, height: 200 });
    const onMove = vi.fn();
    watchMove(el, onMove)();
    fakes.intersect(el, { isIntersecting: true, intersectionRatio: 0.3 });
    expect(onMove).not.toHaveBeenCalled();
  });
});
