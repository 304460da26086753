// Finds personal data by shape, then keeps only what a checksum or a strong
// shape confirms. Every expression here is linear: runs of one character
// class, fixed group sizes, no repetition of a group that can match the same
// text two ways.
import { bsnValid, cprStatus, ibanValid, luhnValid } from './checksums';
import { isWordAt } from './chars';
import type { PiiType } from './config';

export interface PiiMatch {
  type: PiiType;
  start: number;
  end: number;
  text: string;
}

interface Detector {
  type: PiiType;
  pattern: RegExp;
  accept: (match: string, text: string, start: number) => boolean;
  // Cheap test that the text can hold this kind at all (most posts have no
  // "@" and few digits); skips the expression's scan when it cannot.
  possible: (text: string) => boolean;
}

// Not glued to other digits or number punctuation ("12.345.678,90").
const BEFORE = String.raw`(?<![\p{L}\p{N}+\-.,/])`;
const AFTER = String.raw`(?![\p{L}\p{N}]|[.,\-/]\d)`;
const digitsOf = (s: string) => s.replace(/\D/g, '');
// Every number kind has at least four digits in a row somewhere.
const hasDigitRun = (text: string) => /\d{4}|\d\d[ .-]?\d\d/.test(text);

// Words that announce a number as a phone number or a CPR number, in the
// languages packs are written in.
const PHONE_CUE = /(?<!\p{L})(?:tlf|tel|telefon|phone|mobil|mob|cell|ring|call|bel|телефон|тел|моб)\.?:?\s*$/iu;
const CPR_CUE = /(?<!\p{L})(?:cpr|personnummer|personnr)/iu;

const detectors: Detector[] = [
  {
    // Compact, or in groups of four as printed on statements.
    type: 'iban',
    pattern: new RegExp(
      `${BEFORE}[A-Z]{2}\\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)${AFTER}`,
      'giu',
    ),
    accept: (m) => ibanValid(m.replace(/ /g, '').toUpperCase()),
    possible: hasDigitRun,
  },
  {
    // 13-19 digits, optionally in groups split by single spaces or hyphens;
    // issuer prefixes 2-6 (Mastercard, Amex, Visa, Dankort, Maestro…).
    type: 'card',
    pattern: new RegExp(`${BEFORE}[2-6]\\d{3}(?:[ -]?\\d){9,15}${AFTER}`, 'gu'),
    accept: (m) => {
      const digits = digitsOf(m);
      return digits.length >= 13 && digits.length <= 19 && !/ {2}|--/.test(m) && luhnValid(digits);
    },
    possible: hasDigitRun,
  },
  {
    type: 'cpr',
    pattern: new RegExp(`${BEFORE}\\d{6}-?\\d{4}${AFTER}`, 'gu'),
    accept: (m, text, start) => {
      const status = cprStatus(digitsOf(m));
      return status === 'mod11' || (status === 'date-only' && CPR_CUE.test(text.slice(Math.max(0, start - 40), start)));
    },
    possible: hasDigitRun,
  },
  {
    // Plain, or grouped as 1234.56.782 the way Dutch forms print it.
    type: 'bsn',
    pattern: new RegExp(`${BEFORE}\\d{4}(\\.?)\\d{2}\\1\\d{3}${AFTER}`, 'gu'),
    accept: (m) => bsnValid(digitsOf(m)),
    possible: hasDigitRun,
  },
  {
    // International (+45 70 10 20 30), Danish (12 34 56 78), Dutch
    // (06-12345678, 020 123 4567), Russian (8 (495) 123-45-67), North
    // American ((555) 123-4567).
    type: 'phone',
    pattern: new RegExp(
      [
        String.raw`(?<![\p{L}\p{N}])\+\d[\d .()\-]{5,20}\d`,
        String.raw`${BEFORE}\d\d \d\d \d\d \d\d`,
        String.raw`${BEFORE}0\d{1,3}[ \-]?\d{3,4}[ \-]?\d{3,4}`,
        String.raw`${BEFORE}8 ?\(?\d{3}\)? ?\d{3}[ \-]?\d\d[ \-]?\d\d`,
        String.raw`${BEFORE}\(\d{3}\) ?\d{3}-\d{4}`,
        String.raw`${BEFORE}\d[\d .\-]{6,16}\d`,
      ].join('|') + AFTER,
      'gu',
    ),
    accept: (m, text, start) => {
      const digits = digitsOf(m);
      if (digits.length < 8 || digits.length > 15 || /[ .\-]{2}/.test(m)) return false;
      if (m.startsWith('+')) return true;
      if (/^\d\d \d\d \d\d \d\d$/.test(m) || /^\(\d{3}\) ?\d{3}-\d{4}$/.test(m)) return true;
      if (m.startsWith('0') && digits.length === 10 && /^0\d{1,3}[ \-]?\d{3,4}[ \-]?\d{3,4}$/.test(m)) return true;
      if (m.startsWith('8') && digits.length === 11 && /[()\- ]/.test(m)) return true;
      // Anything else only after a word such as "tlf." or "phone:".
      return PHONE_CUE.test(text.slice(Math.max(0, start - 16), start));
    },
    possible: hasDigitRun,
  },
];

// E-mail addresses first, then the order above: an IBAN is not also a
// phone number.
export function detectPii(text: string, types: ReadonlySet<PiiType>): PiiMatch[] {
  const found: PiiMatch[] = types.has('email') ? findEmails(text) : [];
  for (const detector of detectors) {
    if (!types.has(detector.type) || !detector.possible(text)) continue;
    detector.pattern.lastIndex = 0;
    for (let m = detector.pattern.exec(text); m !== null; m = detector.pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      if (detector.accept(m[0], text, start)) found.push({ type: detector.type, start, end, text: m[0] });
    }
  }
  return found;
}

// From each "@": the local part leftwards (at most 64 characters, RFC 5321),
// the domain rightwards. Anchoring on "@" keeps this off the rest of the
// post, where a Unicode expression tried at every position was the slowest
// part of the whole check.
const DOMAIN = /(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}-])/uy;
const isLocal = (text: string, i: number) => '._%+-'.includes(text.charAt(i)) || isWordAt(text, i);

function findEmails(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && isLocal(text, start - 1)) start--;
    while (start < at && text.charAt(start) === '.') start++;
    if (start === at) continue;
    DOMAIN.lastIndex = at + 1;
    const m = DOMAIN.exec(text);
    if (!m) continue;
    const end = at + 1 + m[0].length;
    found.push({ type: 'email', start, end, text: text.slice(start, end) });
  }
  return found;
}
