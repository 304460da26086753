// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { overlayUnderlines } from '../../../lib/content/underline-overlay';
import { type Fakes, installFakeObservers, visibilityObserver } from './fake-observers';

// happy-dom has no layout: the editor's and the ranges' rects are given here.
function setup() {
  const editor = document.createElement('div');
  editor.getBoundingClientRect = () => DOMRect.fromRect({ x: 100, y: 100, width: 400, height: 200 });
  document.body.append(editor);
  const layer = document.createElement('div');
  document.body.append(layer);
  const rangeAt = (x: number, y: number, width: number) =>
    ({ getClientRects: () => [DOMRect.fromRect({ x, y, width, height: 20 })] }) as unknown as Range;
  return { editor, layer, rangeAt };
}

const shown = (layer: HTMLElement) => [...layer.children].filter((el) => !(el as HTMLElement).hidden) as HTMLElement[];

describe('overlayUnderlines', () => {
  let fakes: Fakes;
  // The editor is on screen: what the browser's visibility observer would say at once.
  const onScreen = (editor: HTMLElement) => fakes.intersect(editor, { isIntersecting: true, intersectionRatio: 1 }, visibilityObserver);
  beforeEach(() => {
    fakes = installFakeObservers();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  it('draws a box per finding under its text, in the severity style, on the next frame', () => {
    const { editor, layer, rangeAt } = setup();
    const underlines = overlayUnderlines(editor, layer);
    underlines.set([
      { severity: 'error', range: rangeAt(120, 110, 60) },
      { severity: 'warning', range: rangeAt(200, 140, 30) },
    ]);
    onScreen(editor);
    expect(shown(layer)).toHaveLength(0);
    fakes.runFrames();
    expect(shown(layer)).toHaveLength(2);
    const [first, second] = shown(layer) as [HTMLElement, HTMLElement];
    expect(first.className).toBe('underline underline-error');
    expect(first.style.transform).toBe('translate(120px, 110px)');
    expect(first.style.width).toBe('60px');
    expect(second.className).toBe('underline underline-warning');
    expect(editor.childNodes).toHaveLength(0); // nothing added to the editor
  });

  it('reuses its boxes, hides the ones it no longer needs and hides all on clear', () => {
    const { editor, layer, rangeAt } = setup();
    const underlines = overlayUnderlines(editor, layer);
    underlines.set([
      { severity: 'error', range: rangeAt(120, 110, 60) },
      { severity: 'error', range: rangeAt(220, 110, 60) },
    ]);
    onScreen(editor);
    fakes.runFrames();
    expect(shown(layer)).toHaveLength(2);
    underlines.set([{ severity: 'suggestion', range: rangeAt(150, 110, 20) }]);
    fakes.runFrames();
    expect(shown(layer)).toHaveLength(1);
    expect(layer.children).toHaveLength(2);
    underlines.clear();
    expect(shown(layer)).toHaveLength(0);
  });

  it('listens to scrolling only while something is underlined and the editor is on screen', () => {
    const { editor, layer, rangeAt } = setup();
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const underlines = overlayUnderlines(editor, layer);
    underlines.set([]);
    expect(add.mock.calls.filter(([type]) => type === 'scroll')).toHaveLength(0);
    underlines.set([{ severity: 'error', range: rangeAt(120, 110, 60) }]);
    expect(add.mock.calls.filter(([type]) => type === 'scroll')).toHaveLength(0);
    onScreen(editor);
    expect(add.mock.calls.filter(([type]) => type === 'scroll')).toHaveLength(1);
    // Only the page's own scrolling, not a capture listener hearing every scroll.
    expect(add.mock.calls.find(([type]) => type === 'scroll')?.[2]).not.toMatchObject({ capture: true });
    underlines.clear();
    expect(remove.mock.calls.filter(([type]) => type === 'scroll')).toHaveLength(1);
  });
});
