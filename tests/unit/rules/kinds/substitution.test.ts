import { describe, expect, it } from 'vitest';
import { compileRules } from '../../../../lib/rules/compile';
import { engineOf, fixed, found, linkedin, messages, sampleRule } from '../helpers';

const brand = engineOf(sampleRule('brand-spelling'));
const plain = engineOf(sampleRule('plain-words'));

describe('substitution', () => {
  it('en: flags wrong brand spellings, with a fix to the right one', () => {
    expect(found(brand, 'Try Windpilot, Wind Pilot or wind-pilot today')).toEqual(['Windpilot', 'Wind Pilot', 'wind-pilot']);
    expect(fixed(brand, 'Try Wind\nPilot now')).toBe('Try WindPilot now');
    const [finding] = brand.check('Try WINDPILOT', linkedin);
    expect(finding?.message.en).toBe('Write “WindPilot”, not “WINDPILOT”.');
    expect(finding?.fix?.label.en).toBe('Replace with “WindPilot”');
  });

  it('en: leaves the right spelling and other words alone', () => {
    expect(found(brand, 'WindPilot by Nordvind. Windpilots? Pilot wind.')).toEqual([]);
  });

  it('da: fixes spellings surrounded by æ, ø and å', () => {
    const text = 'Vi er glade for Nord Vind på Ærø og Windpilot på Fanø.';
    expect(found(brand, text)).toEqual(['Nord Vind', 'Windpilot']);
    const afterFirst = fixed(engineOf(sampleRule('brand-spelling')), 'Både NordVind og æbler');
    expect(afterFirst).toBe('Både Nordvind og æbler');
  });

  it('nl: replaces the old company name', () => {
    expect(fixed(brand, 'Werken bij Nordvind Energy is leuk')).toBe('Werken bij Nordvind is leuk');
  });

  it('ru: finds a brand misspelled in Cyrillic text', () => {
    expect(found(brand, 'Мы запустили Wind Pilot в России, а Nordvind растёт')).toEqual(['Wind Pilot']);
  });

  it('keeps the case of what was written when the rule is not case-sensitive', () => {
    expect(fixed(plain, 'We utilise data')).toBe('We use data');
    expect(fixed(plain, 'Utilize data')).toBe('Use data');
    expect(fixed(plain, 'UTILISE IT')).toBe('USE IT');
    expect(found(plain, 'Use it, USE it')).toEqual([]);
  });

  it('does not rewrite links, mentions or e-mail addresses', () => {
    const text = 'See nordvind.example/windpilot, @windpilot and windpilot@nordvind.example';
    expect(found(brand, text)).toEqual([]);
  });

  it('a fix never leaves a finding behind', () => {
    for (const text of ['Wind Pilot', 'WIND-PILOT', 'Nord  Vind', 'nordvind energi']) {
      const after = fixed(brand, text);
      expect(found(brand, after)).toEqual([]);
    }
  });

  it('with fold, a missing accent on the right spelling is a finding', () => {
    const engine = engineOf({
      id: 'cafe',
      kind: 'substitution',
      severity: 'suggestion',
      replacements: [{ from: ['coffee bar'], to: 'Café Nordvind' }],
      caseSensitive: true,
      message: messages('{replacement}'),
    });
    expect(fixed(engine, 'Meet at Cafe Nordvind')).toBe('Meet at Café Nordvind');
  });

  it('warns about a variant that differs only in case when case does not count', () => {
    const { errors } = compileRules([
      { id: 'x', kind: 'substitution', severity: 'warning', replacements: [{ from: ['Windpilot'], to: 'WindPilot' }], message: messages('x') },
    ]);
    expect(errors).toMatchObject([{ ruleId: 'x', code: 'invalid-config', skipped: false }]);
    expect(errors[0]?.message).toContain('caseSensitive');
  });

  it('refuses prefix terms, which cannot be replaced', () => {
    const { errors } = compileRules([
      { id: 'x', kind: 'substitution', severity: 'warning', replacements: [{ from: ['wind*'], to: 'WindPilot' }], message: messages('x') },
    ]);
    expect(errors[0]?.message).toContain('* cannot be replaced');
  });
});
