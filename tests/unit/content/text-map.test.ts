// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mapEditorText } from '../../../lib/content/text-map';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe('mapEditorText', () => {
  it('joins Quill lines with newlines, keeping empty lines', () => {
    const map = mapEditorText(editor('<p>Hej <strong>verden</strong></p><p><br></p><p>Привет 🎉</p>'));
    expect(map.text).toBe('Hej verden\n\nПривет 🎉');
  });

  it('reads Draft.js blocks once, whatever their nesting', () => {
    const block = (t: string) => `<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">${t}</span></span></div></div>`;
    const map = mapEditorText(editor(`<div data-contents="true">${block('første')}${block('anden')}</div>`));
    expect(map.text).toBe('første\nanden');
  });

  it("skips another writing aid's widgets and any style or script inside the editor", () => {
    const map = mapEditorText(
      editor('<p>Hej <grammar-aid-badge><span>3 issues</span></grammar-aid-badge>verden</p><style>p{}</style><p>igen</p>'),
    );
    expect(map.text).toBe('Hej verden\nigen');
    expect(map.range(4, 10)?.toString()).toBe('verden');
  });

  it('maps text offsets to DOM ranges and back, across inline formatting', () => {
    const root = editor('<p>Hej <strong>verden</strong> igen</p><p>to</p>');
    const map = mapEditorText(root);
    const range = map.range(2, 8);
    expect(range?.toString()).toBe('j verd');
    const second = map.range(map.text.indexOf('to'), map.text.length);
    expect(second?.toString()).toBe('to');
    const strong = root.querySelector('strong')?.firstChild as Text;
    expect(map.offsetOf(strong, 2)).toBe(6);
  });

  it('places positions on empty lines at the start of their block', () => {
    const map = mapEditorText(editor('<p>a</p><p><br></p>'));
    expect(map.text).toBe('a\n');
    expect(map.range(2, 2)).not.toBeNull();
  });
});
