import { describe, expect, it } from 'vitest';
import { engineOf, found, linkedin, sampleRule } from '../helpers';

const hashtags = engineOf(sampleRule('hashtag-count'));

describe('hashtag count', () => {
  it('en, da, nl, ru: flags the hashtags past the limit', () => {
    const text = 'Tak! #one #to #drie #четыре #fem #seks #syv';
    expect(found(hashtags, text)).toEqual(['#seks #syv']);
    expect(hashtags.check(text, linkedin)[0]?.message.ru).toBe('7 хештегов; оставьте не больше 5.');
  });

  it('counts only real hashtags', () => {
    const text = '#a #b #c #d #e and #1 #2, C# and F#, x.com/#top, mail#tag, ##x';
    expect(found(hashtags, text)).toEqual([]);
  });
});
