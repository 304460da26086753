import { describe, expect, it } from 'vitest';
import { pickLocalized } from '../../lib/i18n';

describe('pickLocalized', () => {
  const texts = { en: 'Add it', da: 'Tilføj den', 'nl-BE': 'Voeg toe (BE)', ru: 'Добавьте' };
  it('takes the exact language, then the bare language, then English', () => {
    expect(pickLocalized(texts, 'da')).toBe('Tilføj den');
    expect(pickLocalized(texts, 'ru-RU')).toBe('Добавьте');
    expect(pickLocalized(texts, 'nl_BE')).toBe('Voeg toe (BE)');
    expect(pickLocalized(texts, 'de-DE')).toBe('Add it');
  });
  it('falls back to any text when English is missing', () => {
    expect(pickLocalized({ da: 'Kun dansk' }, 'fr')).toBe('Kun dansk');
  });
});
