import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/text/tokenize';

const words = (text: string) => {
  const t = tokenize(text);
  return t.keys.map((key, i) => [key, text.slice(t.starts[i], t.ends[i])]);
};

describe('tokenize', () => {
  it('cuts words at spaces, line breaks and punctuation, keeping offsets', () => {
    expect(words('Project\nFalcon, project-falcon!')).toEqual([
      ['project', 'Project'],
      ['falcon', 'Falcon'],
      ['project', 'project'],
      ['falcon', 'falcon'],
    ]);
  });

  it('folds Danish, Dutch and Russian words', () => {
    expect(tokenize('Ærø Møller Ålborg').keys).toEqual(['aero', 'moller', 'alborg']);
    expect(tokenize('Coöperatie één').keys).toEqual(['cooperatie', 'een']);
    expect(tokenize('Ещё ФАЛЬКОН мой').keys).toEqual(['еще', 'фалькон', 'мой']);
  });

  it('treats decomposed and composed accents alike', () => {
    expect(tokenize('Cafe\u0301 Café').keys).toEqual(['cafe', 'cafe']);
  });

  it('keeps astral letters inside words and skips emoji', () => {
    const text = 'a𝐀b 🦅 x';
    expect(words(text)).toEqual([
      ['a𝐀b'.toLowerCase(), 'a𝐀b'],
      ['x', 'x'],
    ]);
  });

  it('counts capitals and cased letters per word', () => {
    const t = tokenize('NATO Привет 2026');
    expect(t.capitals).toEqual([4, 1, 0]);
    expect(t.cased).toEqual([4, 6, 0]);
  });

  it('cuts a region without cutting its words', () => {
    const text = 'one two three';
    const t = tokenize(text, 4, 7);
    expect(t.keys).toEqual(['two']);
    expect(t.starts).toEqual([4]);
  });

  it('survives Turkish İ, which lower-cases to two units', () => {
    const text = 'İstanbul Falcon';
    const t = tokenize(text);
    expect(t.keys).toEqual(['istanbul', 'falcon']);
    expect(text.slice(t.starts[1], t.ends[1])).toBe('Falcon');
  });
});
