// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { mountAnchor } from '../../../lib/content/mount-anchor';

function composerIn(dialogStyle: Partial<CSSStyleDeclaration>, outerStyle: Partial<CSSStyleDeclaration> = {}) {
  const outer = document.createElement('div');
  Object.assign(outer.style, outerStyle);
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  Object.assign(dialog.style, dialogStyle);
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  dialog.append(editor);
  outer.append(dialog);
  document.body.append(outer);
  return { dialog, editor };
}

describe('mountAnchor', () => {
  afterEach(() => document.body.replaceChildren());

  it('mounts inside the editor’s dialog, where its focus trap allows the panel', () => {
    const { dialog, editor } = composerIn({ overflowY: 'hidden' });
    expect(mountAnchor(editor)).toBe(dialog);
  });

  it('mounts at the end of the page for an editor in no dialog', () => {
    const editor = document.createElement('div');
    document.body.append(editor);
    expect(mountAnchor(editor)).toBe(document.body);
  });

  it('keeps a transformed dialog that shows its overflow', () => {
    const { dialog, editor } = composerIn({ transform: 'translate(-50%, -50%)' });
    expect(mountAnchor(editor)).toBe(dialog);
  });

  it('leaves a transformed dialog that would cut the panel off', () => {
    const clipped = composerIn({ transform: 'translate(-50%, -50%)', overflowY: 'hidden' });
    expect(mountAnchor(clipped.editor)).toBe(document.body);
    // Clipped inside, transformed outside: cut off as well.
    const nested = composerIn({ overflowX: 'hidden' }, { transform: 'scale(1)' });
    expect(mountAnchor(nested.editor)).toBe(document.body);
  });
});
