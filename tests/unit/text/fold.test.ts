import { describe, expect, it } from 'vitest';
import { foldKey, strictKey } from '../../../lib/text/fold';

describe('foldKey', () => {
  it('lowercases and drops diacritics, Danish ø and æ included', () => {
    expect(foldKey('Ærø')).toBe('aero');
    expect(foldKey('Coöperatie')).toBe('cooperatie');
  });

  it('keeps й apart from и', () => {
    expect(foldKey('мой')).not.toBe(foldKey('мои'));
  });

  it('treats a decomposed й like a composed one', () => {
    expect(foldKey('мои\u0306')).toBe(foldKey('мой'));
  });
});

describe('strictKey', () => {
  it('keeps accents but treats ё as е', () => {
    expect(strictKey('Møller')).toBe('møller');
    expect(strictKey('ЕЩЁ')).toBe('еще');
  });
});
