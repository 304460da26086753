import { describe, expect, it } from 'vitest';
import { parseTerm } from '../../../lib/rules/parse-term';

describe('parseTerm', () => {
  it('splits a term like the text and reads a trailing *', () => {
    expect(parseTerm('Falcon-2')).toEqual({ words: ['Falcon', '2'], prefix: false });
    expect(parseTerm('фалькон*')).toEqual({ words: ['фалькон'], prefix: true });
  });

  it('refuses terms that cannot match', () => {
    expect(parseTerm('***')).toBeUndefined();
    expect(parseTerm('fal*con')).toBeUndefined();
    expect(parseTerm('falcon *')).toBeUndefined();
    expect(parseTerm('#')).toBeUndefined();
  });
});
