import { describe, expect, it } from 'vitest';
import { engineOf, found, messages, sampleRule } from '../helpers';

const codenames = engineOf(sampleRule('no-codenames'));
const financials = engineOf(sampleRule('insider-financials'));

describe('banned terms', () => {
  it('en: finds a code name across a line break and punctuation', () => {
    expect(found(codenames, 'Big news about Project\nFalcon today')).toEqual(['Project\nFalcon']);
    expect(found(codenames, 'See project-falcon, soon.')).toEqual(['project-falcon']);
    expect(found(codenames, 'Falcon-2 is close')).toEqual(['Falcon-2']);
  });

  it('en: does not flag other words or listed exceptions', () => {
    expect(found(codenames, 'A Falconer watched Falcons near Falcon Heights')).toEqual([]);
    expect(found(codenames, 'Launching on a Falcon 9 and a Falcon Heavy')).toEqual([]);
    expect(found(codenames, 'Falcon-20 is a plane')).toEqual(['Falcon']);
  });

  it('en: catches the words written together, as in a hashtag', () => {
    expect(found(codenames, 'Loving #ProjectFalcon')).toEqual(['ProjectFalcon']);
  });

  it('da: finds a term next to æøå and in Danish phrases', () => {
    expect(found(codenames, 'Vi glæder os til Projekt Falcon på Ærø.')).toEqual(['Projekt Falcon']);
    expect(found(financials, 'De foreløbige tal viser vækst')).toEqual(['foreløbige tal']);
    expect(found(financials, 'De forelobige tal viser vækst')).toEqual(['forelobige tal']);
    expect(found(financials, 'Vores omsætningsmålene er ambitiøse')).toEqual(['omsætningsmålene']);
    expect(found(financials, 'Tal om det foreløbige program')).toEqual([]);
  });

  it('nl: finds phrases and prefix terms, not look-alikes', () => {
    expect(found(financials, 'De voorlopige\ncijfers zijn binnen')).toEqual(['voorlopige\ncijfers']);
    expect(found(financials, 'Ons omzetdoelen voor 2027')).toEqual(['omzetdoelen']);
    expect(found(financials, 'De cijfers zijn voorlopig niet bekend')).toEqual([]);
  });

  it('ru: finds inflected forms of a prefix term and phrases in any case', () => {
    expect(found(codenames, 'Работаем над Фальконом и фалькона')).toEqual(['Фальконом', 'фалькона']);
    expect(found(codenames, 'ПРОЕКТ СОКОЛ стартует')).toEqual(['ПРОЕКТ СОКОЛ']);
    expect(found(codenames, 'Сокол летит над проектом')).toEqual([]);
  });

  it('ru: treats ё and е as the same letter', () => {
    const engine = engineOf({ id: 'e', kind: 'banned-terms', severity: 'warning', terms: ['ещё'], diacritics: 'strict', message: messages('x') });
    expect(found(engine, 'Еще раз и ещё раз')).toEqual(['Еще', 'ещё']);
  });

  it('strict diacritics tell ø from o, fold does not', () => {
    const strict = engineOf({ id: 's', kind: 'banned-terms', severity: 'warning', terms: ['Møller'], diacritics: 'strict', message: messages('x') });
    const folded = engineOf({ id: 'f', kind: 'banned-terms', severity: 'warning', terms: ['Møller'], message: messages('x') });
    expect(found(strict, 'Moller og Møller')).toEqual(['Møller']);
    expect(found(folded, 'Moller og Møller')).toEqual(['Moller', 'Møller']);
  });

  it('fills {found} and {term} in every language, and carries reason and link', () => {
    const [finding] = codenames.check('Om Фальконом', { network: 'x' });
    expect(finding?.message.en).toBe('“Фальконом” is a confidential code name.');
    expect(finding?.message.ru).toBe('«Фальконом» — конфиденциальное кодовое название.');
    expect(finding?.severity).toBe('error');
    expect(finding?.reason?.da).toContain('kodenavn');
    expect(finding?.guidelineUrl).toBe('https://nordvind.example/policy/social-media#confidential');
    expect(finding?.fix).toBeUndefined();
    const engine = engineOf({ id: 't', kind: 'banned-terms', severity: 'error', terms: ['Falcon*'], message: messages('{found} ~ {term} {unknown}') });
    expect(engine.check('Falconry', { network: 'x' })[0]?.message.de).toBe('Falconry ~ Falcon* {unknown}');
  });
});
