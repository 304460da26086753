import { describe, expect, it } from 'vitest';
import { unsafeReason } from '../../../lib/rules/safe-regex';

describe('unsafeReason (static check of pack patterns)', () => {
  it('rejects nested repetition, the shape of catastrophic backtracking', () => {
    expect(unsafeReason('(a+)+$')).toContain('nested quantifier');
    expect(unsafeReason('(.*a){20}')).toContain('nested quantifier');
    expect(unsafeReason('(?:\\w+\\s?)*$')).toContain('nested quantifier');
    expect(unsafeReason('(a{1,3})+')).toContain('nested quantifier');
    expect(unsafeReason('((ab)*c)+')).toContain('nested quantifier');
  });

  it('rejects backreferences and lookbehind over a repetition', () => {
    expect(unsafeReason('(a)\\1')).toBe('backreference');
    expect(unsafeReason('(?<x>a)\\k<x>')).toBe('backreference');
    expect(unsafeReason('(?<=a+)b')).toContain('lookbehind');
    expect(unsafeReason('(?<!\\d{1,3})b')).toContain('lookbehind');
  });

  it('accepts ordinary patterns, fixed-size groups included', () => {
    for (const pattern of [
      '\\bQ[1-4] results\\b',
      '(\\d{3}-)+\\d{4}',
      '(?<![\\p{L}\\p{N}])x',
      '[a+*]+',
      '\\(a+\\)+',
      '(?:Q[1-4]|H[12])[ -]?(?:20\\d\\d[ -])?results',
      'a{2}b{3,}',
      '(a|aa)*b', // ambiguous, not nested: left to the timing check
    ]) {
      expect(unsafeReason(pattern), pattern).toBeUndefined();
    }
  });
});
