// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { stackLevelOf } from '../../../lib/content/stacking';

describe('stackLevelOf', () => {
  afterEach(() => document.body.replaceChildren());

  it('is 0 for an editor in the page', () => {
    const editor = document.createElement('div');
    document.body.append(editor);
    expect(stackLevelOf(editor)).toBe(0);
  });

  it("is the z-index of the editor's outermost positioned layer, not of boxes inside it", () => {
    const layer = document.createElement('div');
    Object.assign(layer.style, { position: 'fixed', zIndex: '1000' });
    const inner = document.createElement('div');
    Object.assign(inner.style, { position: 'relative', zIndex: '1' }); // Draft.js's editor container
    const unpositioned = document.createElement('div');
    unpositioned.style.zIndex = '5000'; // static: z-index does not apply
    const editor = document.createElement('div');
    unpositioned.append(editor);
    inner.append(unpositioned);
    layer.append(inner);
    document.body.append(layer);
    expect(stackLevelOf(editor)).toBe(1000);
  });
});
