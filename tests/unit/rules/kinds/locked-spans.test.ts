import { describe, expect, it } from 'vitest';
import type { CheckContext } from '../../../../lib/rules/types';
import { applyFix, engineOf, sampleRule } from '../helpers';

const locked = engineOf(sampleRule('locked-spans'));
const ctx = (...lockedSpans: string[]): CheckContext => ({ network: 'linkedin', lockedSpans });

describe('locked spans', () => {
  it('en: nothing to say while the spans are there, whatever the spaces', () => {
    expect(locked.check('Great news (I work at Nordvind) #NordvindForward', ctx('(I work at Nordvind)', '#NordvindForward'))).toEqual([]);
    expect(locked.check('Great news (I\u00a0work at\nNordvind)', ctx('(I work at Nordvind)'))).toEqual([]);
    expect(locked.check('Anything', { network: 'linkedin' })).toEqual([]);
  });

  it('da: an edited span is found by its unchanged ends and restored in place', () => {
    const span = 'Jeg arbejder hos Nordvind.';
    const text = 'Stolt i dag! Jeg arbejdede hos Nordvind. Hilsen Anna';
    const [finding] = locked.check(text, ctx(span));
    expect(text.slice(finding?.start, finding?.end)).toBe('Jeg arbejdede hos Nordvind.');
    expect(applyFix(text, finding?.fix ?? { label: {}, edits: [] })).toBe('Stolt i dag! Jeg arbejder hos Nordvind. Hilsen Anna');
    expect(finding?.message.da).toBe('Behold “Jeg arbejder hos Nordvind.” fra det foreslåede opslag.');
  });

  it('nl, ru: a removed span is a post-level finding that appends it', () => {
    const text = 'Geweldige dag';
    const [finding] = locked.check(text, ctx('#NordvindForward'));
    expect([finding?.start, finding?.end]).toEqual([text.length, text.length]);
    expect(applyFix(text, finding?.fix ?? { label: {}, edits: [] })).toBe('Geweldige dag #NordvindForward');
    expect(locked.check('Отличный день', ctx('#сотрудник'))[0]?.fix?.label.ru).toBe('Вернуть «#сотрудник»');
  });

  it('stays quiet on an empty composer', () => {
    expect(locked.check('  ', ctx('#NordvindForward'))).toEqual([]);
  });
});
