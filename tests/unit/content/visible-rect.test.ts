// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { clippingAncestors, visibleRect } from '../../../lib/content/visible-rect';

const box = (el: Element, x: number, y: number, width: number, height: number) => {
  el.getBoundingClientRect = () => DOMRect.fromRect({ x, y, width, height });
};

describe('visibleRect', () => {
  afterEach(() => document.body.replaceChildren());

  it('cuts the editor to the ancestors that scroll or hide overflow, and to the viewport', () => {
    const dialog = document.createElement('div');
    dialog.style.overflowY = 'auto';
    const wrapper = document.createElement('div'); // overflow visible: does not clip
    const editor = document.createElement('div');
    wrapper.append(editor);
    dialog.append(wrapper);
    document.body.append(dialog);
    box(editor, 100, -500, 600, 1400); // a long draft, scrolled up inside the dialog
    box(wrapper, 0, -600, 2000, 3000);
    box(dialog, 80, 60, 640, 500);
    expect(clippingAncestors(editor)).toEqual([editor, dialog]);
    expect(visibleRect(clippingAncestors(editor))).toEqual({ left: 100, top: 60, right: 700, bottom: 560 });
  });

  it('finds the clipping host of an editor inside a shadow root', () => {
    const host = document.createElement('div');
    host.style.overflowY = 'hidden';
    document.body.append(host);
    const editor = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(editor);
    expect(clippingAncestors(editor)).toEqual([editor, host]);
  });
});
