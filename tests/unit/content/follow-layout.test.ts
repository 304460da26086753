// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followLayout } from '../../../lib/content/follow-layout';
import { type Fakes, installFakeObservers, moveObserver, visibilityObserver } from './fake-observers';

let fakes: Fakes;
let hidden = false;
const started: { stop: () => void }[] = [];

function setup(scrollParents: Element[] = []) {
  const editor = document.createElement('div');
  editor.getBoundingClientRect = () => DOMRect.fromRect({ x: 100, y: 100, width: 400, height: 200 });
  document.body.append(editor);
  const place = vi.fn();
  const onResize = vi.fn();
  const follower = followLayout(editor, place, { scrollParents: () => scrollParents, onResize });
  started.push(follower);
  const onScreen = (isIntersecting: boolean) => fakes.intersect(editor, { isIntersecting, intersectionRatio: isIntersecting ? 1 : 0 }, visibilityObserver);
  return { editor, place, onResize, follower, onScreen };
}

describe('followLayout', () => {
  beforeEach(() => {
    fakes = installFakeObservers();
    hidden = false;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  });
  afterEach(() => {
    // Each test's follower listens on the one window: stop it before the next test.
    for (const follower of started.splice(0)) follower.stop();
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  it('places once when the editor comes on screen, then does nothing while nothing happens', () => {
    const { place, onScreen } = setup();
    expect(fakes.runFrames()).toBe(0); // nothing before the first intersection report
    onScreen(true);
    fakes.runFrames();
    expect(place).toHaveBeenCalledTimes(1);
    // A busy page that moves nothing of the editor's: no frames asked for at all.
    document.body.append(document.createElement('article'));
    expect(fakes.runFrames()).toBe(0);
    expect(place).toHaveBeenCalledTimes(1);
  });

  it('places on the next frame after a scroll, a resize or a refresh, once per frame', () => {
    const { editor, place, onResize, follower, onScreen } = setup();
    onScreen(true);
    fakes.runFrames();
    place.mockClear();
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('scroll'));
    follower.refresh();
    expect(place).not.toHaveBeenCalled(); // never synchronously from an event
    expect(fakes.runFrames()).toBe(1);
    expect(place).toHaveBeenCalledTimes(1);
    fakes.resize(editor);
    expect(onResize).toHaveBeenCalledTimes(1);
    fakes.runFrames();
    expect(place).toHaveBeenCalledTimes(2);
    window.dispatchEvent(new Event('resize'));
    fakes.runFrames();
    expect(place).toHaveBeenCalledTimes(3);
  });

  it('listens to its scroll parents only, not to every scroll on the page', () => {
    const parent = document.createElement('div');
    const elsewhere = document.createElement('div');
    document.body.append(parent, elsewhere);
    const { place, onScreen } = setup([parent]);
    onScreen(true);
    fakes.runFrames();
    place.mockClear();
    elsewhere.dispatchEvent(new Event('scroll')); // a list elsewhere on the page
    expect(fakes.runFrames()).toBe(0);
    parent.dispatchEvent(new Event('scroll'));
    expect(fakes.runFrames()).toBe(1);
    expect(place).toHaveBeenCalledTimes(1);
    expect(fakes.resizes[0]?.targets).toContain(parent);
  });

  it('places when the editor moves without a scroll or resize (a dialog sliding, a banner above)', () => {
    const { editor, place, onScreen } = setup();
    onScreen(true);
    fakes.runFrames();
    place.mockClear();
    // The move observer's first report at rest, then the editor leaves its old box.
    fakes.intersect(editor, { isIntersecting: true, intersectionRatio: 1 }, moveObserver);
    expect(fakes.runFrames()).toBe(0);
    fakes.intersect(editor, { isIntersecting: true, intersectionRatio: 0.6 }, moveObserver);
    expect(fakes.runFrames()).toBe(1);
    expect(place).toHaveBeenCalledTimes(1);
  });

  it('places once more to hide when the editor goes off screen, then ignores scrolling until it is back', () => {
    const { place, onScreen } = setup();
    onScreen(true);
    fakes.runFrames();
    place.mockClear();
    onScreen(false);
    fakes.runFrames();
    expect(place).toHaveBeenCalledTimes(1); // the last placement hides the launcher
    expect(fakes.intersections.filter((o) => moveObserver(o) && !o.disconnected)).toHaveLength(0);
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('resize'));
    expect(fakes.runFrames()).toBe(0);
    onScreen(true);
    fakes.runFrames();
    expect(place).toHaveBeenCalledTimes(2);
  });

  it('hides at once when the editor starts off screen', () => {
    const { place, onScreen } = setup();
    onScreen(false);
    fakes.runFrames();
    expect(place).toHaveBeenCalledTimes(1);
  });

  it('does nothing while the tab is hidden, and catches up once when it is shown', () => {
    const { editor, place, follower, onScreen } = setup();
    onScreen(true);
    fakes.runFrames();
    place.mockClear();
    hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('scroll'));
    fakes.resize(editor);
    follower.refresh();
    expect(fakes.runFrames()).toBe(0);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(fakes.runFrames()).toBe(1);
    expect(place).toHaveBeenCalledTimes(1);
  });

  it('stops everything on stop', () => {
    const { place, follower, onScreen } = setup();
    onScreen(true);
    follower.stop();
    expect(fakes.runFrames()).toBe(0);
    window.dispatchEvent(new Event('scroll'));
    follower.refresh();
    expect(fakes.runFrames()).toBe(0);
    expect(place).not.toHaveBeenCalled();
    expect(fakes.intersections.every((o) => o.disconnected)).toBe(true);
  });
});
