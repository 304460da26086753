// Finds personal data by shape, then keeps only what a checksum or a strong
// shape confirms. Expressions run only where a number can start (the start of
// a word beginning with a digit, or a "+" or "(" before one; IBANs at a word
// like "DK50…"), never tried at every position of the post: that is what made
// an earlier version the slowest part of a check. Every expression is linear:
// runs of one class, fixed group sizes, no group repeated two ways.
import { bsnValid, cprStatus, ibanValid, luhnValid } from './checksums';
import { findEmails } from './emails';
import type { Tokens } from '../text/tokenize';
import { candidates, digitsAhead, digitsOf } from './number-starts';
import type { PiiMatch, PiiType } from './pii-match';

interface Detector {
  type: Exclude<PiiType, 'email'>;
  pattern: RegExp; // sticky: tried at each candidate start
  minDigits: number; // fewer digits ahead: not worth running the pattern
  accept: (match: string, text: string, start: number) => boolean;
}

// Not followed by more of a number ("12.345.678,90").
const AFTER = String.raw`(?![\p{L}\p{N}]|[.,\-/]\d)`;
const sticky = (source: string, flags = '') => new RegExp(source + AFTER, `uy${flags}`);
// Words that announce a number as a phone number or a CPR number, in the
// languages packs are written in.
const PHONE_CUE = /(?<!\p{L})(?:tlf|tel|telefon|phone|mobil|mob|cell|ring|call|bel|телефон|тел|моб)\.?:?\s*$/iu;
const CPR_CUE = /(?<!\p{L})(?:cpr|personnummer|personnr)/iu;

const detectors: Detector[] = [
  {
    // Compact, or in groups of four as printed on statements.
    type: 'iban',
    minDigits: 0, // starts with letters; checked by its own candidate rule
    pattern: sticky(String.raw`[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)`, 'i'),
    accept: (m) => ibanValid(m.replace(/ /g, '').toUpperCase()),
  },
  {
    // 13-19 digits, optionally in groups split by single spaces or hyphens;
    // issuer prefixes 2-6 (Mastercard, Amex, Visa, Dankort, Maestro…).
    type: 'card',
    minDigits: 13,
    pattern: sticky(String.raw`[2-6]\d{3}(?:[ \-]?\d){9,15}`),
    accept: (m) => {
      const digits = digitsOf(m);
      return digits.length >= 13 && digits.length <= 19 && !/ {2}|--/.test(m) && luhnValid(digits);
    },
  },
  {
    type: 'cpr',
    minDigits: 10,
    pattern: sticky(String.raw`\d{6}-?\d{4}`),
    accept: (m, text, start) => {
      const status = cprStatus(digitsOf(m));
      return status === 'mod11' || (status === 'date-only' && CPR_CUE.test(text.slice(Math.max(0, start - 40), start)));
    },
  },
  {
    // Plain, or grouped as 1234.56.782 the way Dutch forms print it.
    type: 'bsn',
    minDigits: 9,
    pattern: sticky(String.raw`\d{4}(\.?)\d{2}\1\d{3}`),
    accept: (m) => bsnValid(digitsOf(m)),
  },
  {
    // International (+45 70 10 20 30), Danish (12 34 56 78), Dutch
    // (06-12345678, 020 123 4567), Russian (8 (495) 123-45-67), North
    // American ((555) 123-4567), or any number after "tlf.", "phone:"…
    type: 'phone',
    minDigits: 8,
    pattern: sticky(
      [
        String.raw`\+\d[\d .()\-]{5,20}\d`,
        String.raw`\d\d \d\d \d\d \d\d`,
        String.raw`0\d{1,3}[ \-]?\d{3,4}[ \-]?\d{3,4}`,
        String.raw`8 ?\(?\d{3}\)? ?\d{3}[ \-]?\d\d[ \-]?\d\d`,
        String.raw`\(\d{3}\) ?\d{3}-\d{4}`,
        String.raw`\d[\d .\-]{6,16}\d`,
      ].join('|'),
    ),
    accept: (m, text, start) => {
      const digits = digitsOf(m);
      if (digits.length < 8 || digits.length > 15 || /[ .-]{2}/.test(m)) return false;
      if (m.startsWith('+')) return true;
      if (/^\d\d \d\d \d\d \d\d$/.test(m) || /^\(\d{3}\) ?\d{3}-\d{4}$/.test(m)) return true;
      // Dutch: 0612345678, 06-12345678, 020-123 4567; not 010203-1234 (a
      // Danish CPR shape).
      if (digits.length === 10 && /^(?:0\d{9}|06[ -]?\d{8}|0\d{1,3}[ -]\d{3}[ -]?\d{3,4})$/.test(m)) return true;
      if (m.startsWith('8') && digits.length === 11 && /[()\- ]/.test(m)) return true;
      return PHONE_CUE.test(text.slice(Math.max(0, start - 16), start));
    },
  },
];

// E-mail addresses first, then the order above: an IBAN is not also a
// phone number.
export function detectPii(text: string, tokens: Tokens, types: ReadonlySet<PiiType>): PiiMatch[] {
  const found: PiiMatch[] = types.has('email') ? findEmails(text) : [];
  const starts = candidates(text, tokens);
  // Most numbers in a post (years, amounts, dates) are too short to be any
  // kind: counting their digits is cheaper than five expressions.
  const digits = starts.map((start) => digitsAhead(text, start));
  for (const detector of detectors) {
    if (!types.has(detector.type)) continue;
    let consumed = 0;
    for (const [k, start] of starts.entries()) {
      if (start < consumed || (digits[k] as number) < detector.minDigits) continue;
      detector.pattern.lastIndex = start;
      const m = detector.pattern.exec(text);
      if (!m) continue;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end) || !detector.accept(m[0], text, start)) continue;
      found.push({ type: detector.type, start, end, text: m[0] });
      consumed = end;
    }
  }
  return found;
}
