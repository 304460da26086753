import fc from 'fast-check';
import parseTweet from 'twitter-text/dist/esm/parseTweet';
import { describe, expect, it } from 'vitest';
import samplePack from '../../../lib/pack/sample-pack.json';
import { xWeightedLength } from '../../../lib/rules/x-weighted-length';

// twitter-text is the reference: the lean version must agree with it on
// what people really write (it stays out of the content-script bundle).
const reference = (text: string) => parseTweet(text).weightedLength;

const CORPUS = [
  '',
  'Hello world',
  'Hej æøå ÆØÅ, dejligt vejr i Aarhus!',
  'Dit is geweldig: ĳsbeer en één café',
  'Привет, мир! Ёлка и йогурт.',
  '漢字とかなカナ 한국어 中文',
  'Party 🎉🎉 with family 👨‍👩‍👧‍👦 and flags 🇩🇰🇳🇱 and keycap 1️⃣ and skin 👍🏽',
  'Read https://nordvind.dk/news?utm_source=chorus&utm_medium=social now.',
  'Link at the end https://example.com/a/b.',
  'Bare domain nordvind.dk/jobs and www.example.com too',
  'Mail: anna@example.com is not a link',
  'Quotes “like this” — and dashes – here… ′prime′',
  'Tab\tand\nnew lines\n\nhere',
  'Decomposed é and ø: e\u0301',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 math letters',
];

describe('xWeightedLength', () => {
  it.each(CORPUS)('agrees with twitter-text on %j', (text) => {
    expect(xWeightedLength(text).weightedLength).toBe(reference(text));
  });

  it('agrees on every sample pack X text with its link', () => {
    for (const item of samplePack.items) {
      const text = item.text.x + (item.link ? `\n${item.link}` : '');
      expect(xWeightedLength(text).weightedLength, item.id).toBe(reference(text));
    }
  });

  it('agrees on mixed multilingual text', () => {
    const piece = fc.constantFrom('Hej ', 'æøå ', 'Привет ', '漢字 ', '🎉 ', '👍🏽 ', 'https://nordvind.dk/x ', '#WindPilot ', '\n', '— ', 'één ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(xWeightedLength(text).weightedLength).toBe(reference(text));
      }),
    );
  });

  it('says where the text stops fitting', () => {
    const text = `${'a'.repeat(278)}ææææ`;
    expect(xWeightedLength(text).overflowAt).toBe(280);
    expect(xWeightedLength('short').overflowAt).toBe(5);
    expect(xWeightedLength('漢'.repeat(141)).overflowAt).toBe(140);
  });
});
