import { describe, expect, it } from 'vitest';
import { engineOf, fixed, found, linkedin, sampleRule } from '../helpers';

const shouting = engineOf(sampleRule('shouting'));

describe('shouting', () => {
  it('en: flags a sentence in capitals and fixes it to normal case', () => {
    const text = 'Big day. WE ARE SO PROUD OF THIS TEAM! Thanks.';
    expect(found(shouting, text)).toEqual(['WE ARE SO PROUD OF THIS TEAM!']);
    expect(fixed(shouting, text)).toBe('Big day. We are so proud of this team! Thanks.');
  });

  it('da, nl, ru: works for æøå, Dutch and Cyrillic capitals', () => {
    expect(fixed(shouting, 'VI ER SÅ GLADE FOR ÆRØ')).toBe('Vi er så glade for ærø');
    expect(found(shouting, 'WAT EEN GEWELDIGE DAG')).toEqual(['WAT EEN GEWELDIGE DAG']);
    expect(fixed(shouting, 'МЫ ОЧЕНЬ ГОРДИМСЯ КОМАНДОЙ')).toBe('Мы очень гордимся командой');
  });

  it('does not flag acronyms, short shouts or capitals in hashtags and links', () => {
    expect(found(shouting, 'The NATO and EU summit in NYC was OK.')).toEqual([]);
    expect(found(shouting, 'WOW!')).toEqual([]);
    expect(found(shouting, 'Join us #NORDVINDFORWARD #WINDPILOTROCKS at HTTPS://NORDVIND.EXAMPLE/JOBS')).toEqual([]);
  });

  it('keeps hashtags and mentions as written in the fix', () => {
    const text = 'CONGRATULATIONS TO @AnnaB AND THE #WindPilot TEAM';
    expect(fixed(shouting, text)).toBe('Congratulations to @AnnaB and the #WindPilot team');
    expect(shouting.check(text, linkedin)[0]?.fix?.label.de).toBe('In normaler Schreibweise schreiben');
  });

  it('never flags scripts without case', () => {
    expect(found(shouting, '我们非常自豪我们的团队今天发布了新产品')).toEqual([]);
  });
});
