import { describe, expect, it } from 'vitest';
import { engineOf, found, linkedin, messages, sampleRule } from '../helpers';

const pii = engineOf(sampleRule('personal-data'));
const all = engineOf({ id: 'pii', kind: 'personal-data', severity: 'error', message: messages('{type}: {found}') });
const types = (text: string) => all.check(text, linkedin).map((f) => f.message.en);

describe('personal data', () => {
  it('en: e-mail addresses, except the ones the pack allows', () => {
    expect(found(pii, 'Mail anna.berg+jobs@gmail.com or press@nordvind.example')).toEqual(['anna.berg+jobs@gmail.com']);
    expect(found(pii, 'Write to jobs@careers.nordvind.example')).toEqual([]);
    expect(found(pii, 'Ping @anna or email me at @ home')).toEqual([]);
  });

  it('da: phone numbers in Danish and international form, not the switchboard', () => {
    expect(found(pii, 'Ring til 20 12 34 56 eller +45 20 12 34 56')).toEqual(['20 12 34 56', '+45 20 12 34 56']);
    expect(found(pii, 'Omstilling: +45 70 10 20 30 eller 70 10 20 30')).toEqual([]);
    expect(found(pii, 'tlf. 20123456')).toEqual(['20123456']);
  });

  it('nl: mobile and landline numbers, and a BSN only if it passes the eleven test', () => {
    expect(found(pii, 'Bel 06-12345678 of 020 123 4567')).toEqual(['06-12345678', '020 123 4567']);
    expect(found(pii, 'Mijn BSN is 111222333, ordernummer 123456789')).toEqual(['111222333']);
    expect(found(pii, 'BSN 1112.22.333')).toEqual(['1112.22.333']);
  });

  it('ru: Russian phone numbers in national and international form', () => {
    expect(found(pii, 'Звоните 8 (495) 123-45-67 или +7 495 123-45-67')).toEqual(['8 (495) 123-45-67', '+7 495 123-45-67']);
  });

  it('payment cards: Luhn-valid numbers with spaces or hyphens, not others', () => {
    expect(found(pii, 'Card 4111 1111 1111 1111, or 5555-5555-5555-4444')).toEqual(['4111 1111 1111 1111', '5555-5555-5555-4444']);
    expect(found(pii, 'Card 4111 1111 1111 1112')).toEqual([]);
    expect(types('Dankort 5019 7170 1010 3742')).toEqual(['payment card number: 5019 7170 1010 3742']);
  });

  it('IBANs with a valid checksum, grouped or not', () => {
    expect(found(pii, 'Konto DK50 0040 0440 1162 43 og NL91ABNA0417164300')).toEqual(['DK50 0040 0440 1162 43', 'NL91ABNA0417164300']);
    expect(found(pii, 'IBAN DE89 3704 0044 0532 0130 00.')).toEqual(['DE89 3704 0044 0532 0130 00']);
    expect(found(pii, 'Konto DK50 0040 0440 1162 44')).toEqual([]);
    expect(found(pii, 'Счёт RU02 0445 2560 0407 0281 0412 3456 7890 2')).toEqual([]);
  });

  it('CPR: with modulus 11 always, a date-only number only after the word CPR', () => {
    expect(found(pii, 'Født 150385-1004 i Aarhus')).toEqual(['150385-1004']);
    expect(found(pii, 'Sag 010203-1234 er lukket')).toEqual([]);
    expect(found(pii, 'Mit CPR-nr.: 010203-1234')).toEqual(['010203-1234']);
    expect(found(pii, 'CPR 320185-1004')).toEqual([]);
  });

  it('does not flag ordinary numbers', () => {
    const text = [
      'In 2026 we reached 1 000 000 readers and 25,000 subscribers.',
      'Order 4821-337 shipped on 12.03.2026 (2026-03-12) for kr. 12.500,00.',
      'Version 1.2.3.4, ticket #123456789, invoice 2026000123, order 20261234.',
      'Стоимость 1 500 000 руб., 15.03.2026. Prijs € 1.234,56. Pris 3.999 kr.',
    ].join('\n');
    expect(found(all, text)).toEqual([]);
  });

  it('names the kind of data in each language', () => {
    const [finding] = pii.check('Ring 20 12 34 56', linkedin);
    expect(finding?.message.da).toBe('Fjern telefonnummer “20 12 34 56”.');
    expect(finding?.message.ru).toBe('Удалите номер телефона «20 12 34 56».');
    expect(finding?.fix).toBeUndefined();
  });
});
