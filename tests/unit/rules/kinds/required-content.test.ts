import { describe, expect, it } from 'vitest';
import { compileRules } from '../../../../lib/rules/compile';
import { applyFix, engineOf, fixed, linkedin, messages, sampleRule } from '../helpers';

const disclosure = engineOf(sampleRule('disclosure'));
const campaign = engineOf(sampleRule('campaign-hashtag'));
const ids = (text: string, engine = disclosure) => engine.check(text, linkedin).map((f) => [f.start, f.end]);

describe('required content', () => {
  it('en: requires the disclosure when the post mentions the product, and inserts it', () => {
    const text = 'Our WindPilot cuts downtime.';
    expect(ids(text)).toEqual([[0, 0]]);
    expect(fixed(disclosure, text)).toBe('#employee Our WindPilot cuts downtime.');
    expect(ids(fixed(disclosure, text))).toEqual([]);
  });

  it('en: requires it for links to the company, not for other posts', () => {
    expect(ids('Read https://www.nordvind.example/jobs')).toEqual([[0, 0]]);
    expect(ids('Lovely weather in Aarhus today')).toEqual([]);
    expect(ids('')).toEqual([]);
  });

  it('da, nl, ru: any of the disclosure hashtags counts, in any case', () => {
    expect(ids('#Medarbejder: WindPilot er ude nu')).toEqual([]);
    expect(ids('WindPilot is uit #medewerker')).toEqual([]);
    expect(ids('WindPilot уже здесь #Сотрудник')).toEqual([]);
    expect(ids('WindPilot (I work at Nordvind)')).toEqual([]);
  });

  it('does not count a longer hashtag or one glued to a word', () => {
    expect(ids('WindPilot #employees')).toEqual([[0, 0]]);
    expect(ids('WindPilot abc#employee')).toEqual([[0, 0]]);
  });

  it('flags a disclosure below the "see more" fold and moves it up', () => {
    const text = `WindPilot ${'is great and '.repeat(20)}#medarbejder`;
    const [finding] = disclosure.check(text, linkedin);
    expect(text.slice(finding?.start, finding?.end)).toBe('#medarbejder');
    const after = applyFix(text, finding?.fix ?? { label: {}, edits: [] });
    expect(after.startsWith('#medarbejder WindPilot is great')).toBe(true);
    expect(after.endsWith('and')).toBe(true);
    expect(ids(after)).toEqual([]);
  });

  it('suggests the campaign hashtag at the end', () => {
    expect(fixed(campaign, 'WindPilot rocks')).toBe('WindPilot rocks #NordvindForward');
    expect(fixed(campaign, 'WindPilot rocks\n')).toBe('WindPilot rocks\n#NordvindForward');
    expect(ids('WindPilot #nordvindforward', campaign)).toEqual([]);
  });

  it('fills {required} and {max}', () => {
    const [finding] = disclosure.check('WindPilot', linkedin);
    expect(finding?.message.en).toBe('Say that you work for Nordvind: add #employee within the first 200 characters.');
  });

  it('checks its own configuration', () => {
    const bad = compileRules([
      { id: 'a', kind: 'required-content', severity: 'error', anyOf: ['#ad'], insert: '#employee', message: messages('x') },
      { id: 'b', kind: 'required-content', severity: 'error', anyOf: ['#ad'], withinFirst: 50, insertAt: 'end', message: messages('x') },
    ]);
    expect(bad.errors.map((e) => [e.ruleId, e.skipped])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(fixed(bad.engine, 'hello')).toBe('#ad hello');
  });
});
