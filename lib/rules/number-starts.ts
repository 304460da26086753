// Where personal-data numbers can start, and how many digits follow: the
// cheap part of pii-detect.ts, which decides where its expressions run.
import { isWordAt } from '../text/chars';
import type { Tokens } from '../text/tokenize';

// Where a number may start: a word beginning with a digit, or the "+" or
// "(" right before it; a word of two letters and two digits for IBANs. Not
// glued to a word or to number punctuation before it ("12.345", "A-123").
export function candidates(text: string, tokens: Tokens): number[] {
  const starts: number[] = [];
  const { keys } = tokens;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const digit = isDigit(key.charCodeAt(0));
    if (!digit && !(isDigit(key.charCodeAt(2)) && isDigit(key.charCodeAt(3)) && /^[a-z]{2}/.test(key))) continue;
    const start = tokens.starts[i] as number;
    const before = start > 0 ? text.charAt(start - 1) : ' ';
    if (digit && (before === '+' || before === '(') && !(start > 1 && isWordAt(text, start - 2))) starts.push(start - 1);
    if (!'+-.,/'.includes(before)) starts.push(start);
  }
  return starts;
}

export const isDigit = (code: number) => code >= 48 && code <= 57;

// Digits ahead of `start` through the separators the patterns allow: no
// match can hold more. Stops at 20 (no kind is longer).
export function digitsAhead(text: string, start: number): number {
  let digits = 0;
  for (let i = start; i < text.length && digits < 20; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    else if (!' .-()+/'.includes(text.charAt(i))) break;
  }
  return digits;
}

export function digitsOf(s: string): string {
  let digits = '';
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) digits += s.charAt(i);
  return digits;
}
