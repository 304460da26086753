// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdits, insertSuggestion } from '../../../lib/content/insert';
import { mapEditorText } from '../../../lib/content/text-map';

// A composer that is a plain <textarea> (a pack may point Chorus at one):
// its value is the text, fixes and suggestions go in at its own selection.

function field(value: string): HTMLTextAreaElement {
  const el = document.createElement('textarea');
  el.value = value;
  document.body.replaceChildren(el);
  return el;
}

describe('a textarea composer', () => {
  afterEach(() => document.body.replaceChildren());

  it('reads its value, places no underline, and takes positions from its selection', () => {
    const el = field('Hej Windpilot');
    el.setSelectionRange(6, 6);
    const map = mapEditorText(el);
    expect(map.text).toBe('Hej Windpilot');
    expect(map.range(4, 13)).toBeNull();
    expect(map.offsetOf(el, 1)).toBe(6);
  });

  it('applies a fix at the finding, through its own input path', async () => {
    const el = field('Hej Windpilot!');
    const result = await applyEdits(el, 'textarea', 'Hej Windpilot!', [{ start: 4, end: 13, insert: 'WindPilot' }]);
    expect(result.ok).toBe(true);
    expect(el.value).toBe('Hej WindPilot!');
  });

  it('inserts a suggestion at the caret, as its own paragraph', async () => {
    const el = field('Første linje');
    el.setSelectionRange(12, 12);
    const result = await insertSuggestion(el, 'textarea', 'Forslag');
    expect(result.ok).toBe(true);
    expect(el.value).toBe('Første linje\n\nForslag');
  });
});
