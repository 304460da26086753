import { describe, expect, it } from 'vitest';
import { findHashtags } from '../../../lib/text/hashtags';

const tags = (text: string) => findHashtags(text).map(({ start, end }) => text.slice(start, end));

describe('findHashtags', () => {
  it('finds hashtags after spaces and punctuation, in any script', () => {
    expect(tags('Hej #NordvindForward, (#vindkraft) og #ветер!')).toEqual(['#NordvindForward', '#vindkraft', '#ветер']);
  });

  it('skips a # inside a word, a link or an entity, and tags without a letter', () => {
    expect(tags('C#sharp nordvind.example/#jobs &#35; #1 #2026')).toEqual([]);
  });

  it('counts a tag with digits once it has a letter', () => {
    expect(tags('#Q3results')).toEqual(['#Q3results']);
  });
});
