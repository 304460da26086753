import { describe, expect, it } from 'vitest';
import { bsnValid, cprStatus, ibanValid, luhnValid } from '../../../lib/rules/checksums';

describe('checksums', () => {
  it('Luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('5019717010103742')).toBe(true); // Dankort
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });

  it('IBAN mod 97 and country length', () => {
    expect(ibanValid('DK5000400440116243')).toBe(true);
    expect(ibanValid('NL91ABNA0417164300')).toBe(true);
    expect(ibanValid('DE89370400440532013000')).toBe(true);
    expect(ibanValid('DK5000400440116244')).toBe(false); // checksum
    expect(ibanValid('DK500040044011624')).toBe(false); // Danish IBANs have 18 characters
    expect(ibanValid('XX00')).toBe(false);
  });

  it('CPR: a valid date with modulus 11, a valid date only, or neither', () => {
    expect(cprStatus('1503851004')).toBe('mod11');
    expect(cprStatus('1503851000')).toBe('date-only');
    expect(cprStatus('0102031234')).toBe('date-only');
    expect(cprStatus('3201851004')).toBe('invalid'); // 32 January
    expect(cprStatus('2902011234')).toBe('invalid'); // 29 February 1901
    expect(cprStatus('2902004234')).toBe('date-only'); // 29 February 2000: serial 4, year 00
  });

  it('BSN eleven test', () => {
    expect(bsnValid('111222333')).toBe(true);
    expect(bsnValid('123456782')).toBe(true);
    expect(bsnValid('123456789')).toBe(false);
    expect(bsnValid('000000000')).toBe(false);
  });
});
