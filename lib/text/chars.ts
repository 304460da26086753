// Character facts for the hot loops. A Unicode property RegExp such as
// /[\p{L}\p{N}]+/gu costs about 150 ns per match (measured: 76 µs to cut a
// 3,000-character post into words, more than the rest of a check), a table
// lookup a few. The table holds one byte per UTF-16 unit, filled on first
// sight of each unit, so only characters people actually type are ever
// classified (64 KiB at most, shared by every engine).

export const WORD = 1; // letter, digit or combining mark: part of a word
export const UPPER = 2; // has a different lower case form
export const LOWER = 4; // has a different upper case form
export const FOLDS = 8; // folding changes it beyond lower case (é, ø, ё)
const KNOWN = 128;

const IS_WORD = /^[\p{L}\p{N}\p{M}]$/u;
const table = new Uint8Array(0x10000);

function classify(ch: string): number {
  let flags = KNOWN;
  const lower = ch.toLowerCase();
  if (IS_WORD.test(ch)) flags |= WORD;
  if (ch !== lower) flags |= UPPER;
  if (ch !== ch.toUpperCase()) flags |= LOWER;
  // Σ lower-cases to σ or ς depending on its place in a word.
  if (foldChar(ch) !== lower || ch === 'Σ') flags |= FOLDS;
  return flags;
}

// Flags of the UTF-16 unit at `i`. A surrogate pair is classified as one
// character through its high half; its low half only continues a word, so
// loops stepping by unit count the pair once.
export function charFlags(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdfff) {
    if (code >= 0xdc00) return lowHalf(text, i);
    const point = text.codePointAt(i) ?? code;
    return point > 0xffff ? classify(String.fromCodePoint(point)) : KNOWN;
  }
  let flags = table[code] as number;
  if (flags === 0) {
    flags = classify(String.fromCharCode(code));
    table[code] = flags;
  }
  return flags;
}

function lowHalf(text: string, i: number): number {
  const high = i > 0 ? text.charCodeAt(i - 1) : 0;
  if (!(high >= 0xd800 && high <= 0xdbff)) return KNOWN; // a lone half: nothing
  return (charFlags(text, i - 1) & WORD) | KNOWN;
}

export const isWordAt = (text: string, i: number): boolean => (charFlags(text, i) & WORD) !== 0;

// Letters NFD does not decompose but readers treat as a letter with a
// diacritic (Danish ø and æ above all).
// Greek final ς folds to σ, since lower-casing a whole word picks one or
// the other by position.
const NO_DECOMPOSITION = /[øæœßłđðþıς]/g;
const FOLDED: Record<string, string> = {
  ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ς: 'σ',
};
const MARKS = /\p{M}+/gu;
const memo = new Map<string, string>();

// Lower case without diacritics, one character (or surrogate pair) at a
// time. й stays: it is a letter of its own in Russian, not и with a mark,
// or "мой" would match "мои". ё becomes е, as Russians mostly write it.
export function foldChar(ch: string): string {
  let out = memo.get(ch);
  if (out === undefined) {
    const lower = ch.toLowerCase();
    out =
      lower === 'й' ? lower : lower.replace(NO_DECOMPOSITION, (c) => FOLDED[c] ?? c).normalize('NFD').replace(MARKS, '');
    memo.set(ch, out);
  }
  return out;
}
