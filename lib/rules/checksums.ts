// Check digits that tell a real card, account or ID number from any other
// run of digits; without them every order number and phone list would be
// flagged as personal data.

// Payment cards (ISO/IEC 7812).
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

// Lengths for the countries Chorus's users bank in; other countries get the
// general 15-34 range and still need the checksum.
const IBAN_LENGTHS: Record<string, number> = {
  DK: 18, FO: 18, GL: 18, NL: 18, DE: 22, BE: 16, NO: 15, SE: 24, FI: 18, GB: 22, IE: 22,
  FR: 27, ES: 24, IT: 27, CH: 21, AT: 20, PL: 28, LU: 20, EE: 20, LV: 21, LT: 20, PT: 25, UA: 29,
};

// ISO 13616: move the first four characters to the end, letters to 10-35,
// and the number must be 1 modulo 97. `compact` is upper case without spaces.
export function ibanValid(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  const expected = IBAN_LENGTHS[compact.slice(0, 2)];
  if (expected !== undefined ? compact.length !== expected : compact.length < 15 || compact.length > 34) {
    return false;
  }
  let remainder = 0;
  for (const ch of compact.slice(4) + compact.slice(0, 4)) {
    const value = ch >= 'A' ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48;
    remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

// Danish CPR: DDMMYY-SSSS. The first serial digit and the year give the
// century. Numbers issued since 2007 need not pass modulus 11, so a valid
// date without it is 'date-only': the caller flags those only with more
// evidence (the word CPR nearby), to keep order and invoice numbers out.
export function cprStatus(digits: string): 'mod11' | 'date-only' | 'invalid' {
  if (!/^\d{10}$/.test(digits)) return 'invalid';
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const century = cprCentury(Number(digits[6]), yy);
  if (!validDate(century + yy, month, day)) return 'invalid';
  const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (weights[i] ?? 0) * Number(digits[i]);
  return sum % 11 === 0 ? 'mod11' : 'date-only';
}

function cprCentury(serial: number, yy: number): number {
  if (serial <= 3) return 1900;
  if (serial === 4 || serial === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

// Dutch BSN, the "elfproef": 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11.
export function bsnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}
