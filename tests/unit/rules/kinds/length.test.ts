import { describe, expect, it } from 'vitest';
import { engineOf, messages, sampleRule } from '../helpers';

const length = engineOf(sampleRule('length'));
const on = (network: 'x' | 'linkedin', text: string) => length.check(text, { network });

describe('length', () => {
  it('X: counts 280 weighted characters, links as 23', () => {
    expect(on('x', 'a'.repeat(280))).toEqual([]);
    const [over] = on('x', 'a'.repeat(281));
    expect([over?.start, over?.end]).toEqual([280, 281]);
    expect(over?.message.en).toBe('281 of 280 characters: 1 too many.');
    // twitter-text knows real top-level domains only (.example is none).
    const link = ` https://nordvind.com/${'x'.repeat(100)}`;
    expect(on('x', 'a'.repeat(250) + link)).toEqual([]); // 250 + 1 + 23
    expect(on('x', 'a'.repeat(257) + link)).toHaveLength(1); // 281
  });

  it('X: CJK characters and emoji count double, Danish and Cyrillic letters once', () => {
    expect(on('x', '日'.repeat(140))).toEqual([]);
    expect(on('x', '日'.repeat(141))[0]?.message.da).toBe('282 af 280 tegn: 2 for mange.');
    expect(on('x', '🦅'.repeat(141))).toHaveLength(1);
    expect(on('x', 'æøå'.repeat(93))).toEqual([]);
    expect(on('x', 'я'.repeat(281))[0]?.start).toBe(280);
  });

  it('LinkedIn: 3,000 characters, the overflow marked', () => {
    expect(on('linkedin', 'a'.repeat(3000))).toEqual([]);
    const [over] = on('linkedin', 'a'.repeat(3010));
    expect([over?.start, over?.end]).toEqual([3000, 3010]);
    expect(over?.message.nl).toBe('3010 van 3000 tekens: 10 te veel.');
    // Never split an emoji between what fits and what does not.
    expect(on('linkedin', `${'a'.repeat(2999)}🦅`)[0]?.start).toBe(2999);
  });

  it('takes other limits from the pack', () => {
    const short = engineOf({ id: 'len', kind: 'length', severity: 'warning', max: { linkedin: 1300, x: 200 }, message: messages('{count}/{max}') });
    expect(short.check('a'.repeat(1301), { network: 'linkedin' })[0]?.message.en).toBe('1301/1300');
    expect(short.check('a'.repeat(201), { network: 'x' })[0]?.start).toBe(200);
  });
});
