// Hashtags as LinkedIn and X read them: # after a space or punctuation (not
// inside a word or a link), followed by letters, digits or _, at least one
// of them a letter ("#1" is not a hashtag).
const HASHTAG = /(?<![\p{L}\p{N}_&#/])#[\p{L}\p{N}\p{M}_]+/gu;
const LETTER = /\p{L}/u;

export interface Hashtag {
  start: number;
  end: number;
}

export function findHashtags(text: string): Hashtag[] {
  const found: Hashtag[] = [];
  HASHTAG.lastIndex = 0;
  for (let m = HASHTAG.exec(text); m !== null; m = HASHTAG.exec(text)) {
    if (LETTER.test(m[0])) found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}
