import { describe, expect, it } from 'vitest';
import { asOneEdit } from '../../../lib/content/insert/one-edit';
import type { TextEdit } from '../../../lib/rules/types';
import { applyEdits } from '../../../lib/rules/verify-fix';

const apply = (text: string, edit: TextEdit | null) => (edit ? applyEdits(text, [edit]) : text);

describe('asOneEdit', () => {
  it('keeps a single edit as it is', () => {
    expect(asOneEdit('Hej Windpilot', [{ start: 4, end: 13, insert: 'WindPilot' }])).toEqual({ start: 4, end: 13, insert: 'WindPilot' });
  });
  it('joins a move (insert at the start, delete further on) into one edit with the same result', () => {
    const text = 'WindPilot er her. Mere tekst #employee';
    const edits = [
      { start: 0, end: 0, insert: '#employee ' },
      { start: 28, end: 38, insert: '' },
    ];
    const one = asOneEdit(text, edits);
    expect(apply(text, one)).toBe('#employee WindPilot er her. Mere tekst');
    expect(apply(text, one)).toBe(applyEdits(text, edits));
    expect(one?.start).toBe(0);
  });
  it('takes the edits in any order', () => {
    const text = 'a b c';
    const edits = [
      { start: 4, end: 5, insert: 'C' },
      { start: 0, end: 1, insert: 'A' },
    ];
    expect(apply(text, asOneEdit(text, edits))).toBe('A b C');
  });
  it('never cuts a surrogate pair in two', () => {
    const text = '🎉 x 🎊';
    const edits = [
      { start: 0, end: 2, insert: '🎊' },
      { start: 5, end: 7, insert: '🎉' },
    ];
    const one = asOneEdit(text, edits);
    expect(apply(text, one)).toBe('🎊 x 🎉');
    expect(one?.insert).toBe('🎊 x 🎉');
  });
  it('gives nothing for no edits', () => {
    expect(asOneEdit('text', [])).toBeNull();
  });
});
