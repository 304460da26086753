// Words and their comparison keys, for terms and for the checked text alike,
// so both sides are cut and folded the same way. Intl.Segmenter is avoided on
// purpose: it is missing in some runtimes and gains nothing for the Latin and
// Cyrillic scripts the packs are written in.

import { isWordAt } from './chars';

// A word is a run of letters, digits and combining marks; everything else
// (spaces, line breaks, punctuation, emoji) separates words, which is what
// lets "Project\nFalcon" and "project-falcon" match "project falcon".
const ASCII = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}+/gu;
// Letters that NFD does not decompose but that readers treat as a letter with
// a diacritic (Danish ø and æ above all).
const NO_DECOMPOSITION = /[øæœßłđðþı]/g;
const FOLDED: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
// й is a letter of its own in Russian, not и with a mark: keep it when
// folding, or "мой" would match "мои".
const SHORT_I = /й/g;
const SHORT_I_HOLD = /\uE000/g;

export interface Tokens {
  keys: string[]; // folded keys (lowercase, diacritics removed)
  starts: number[]; // UTF-16 offsets into the original text
  ends: number[];
}

// A hand-written loop over a character table (chars.ts): several times
// faster than a /[\p{L}\p{N}\p{M}]+/gu scan, and this runs on every check.
export function tokenize(text: string): Tokens {
  const tokens: Tokens = { keys: [], starts: [], ends: [] };
  const n = text.length;
  // Lowercasing the whole text once is cheaper than per word; usable for
  // slicing only if no character changed length (İ becomes two units).
  const lowered = text.toLowerCase();
  const aligned = lowered.length === n;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordUnit(text, i)) i++;
    if (i >= n) break;
    const start = i;
    let ascii = true;
    for (; i < n; i++) {
      const code = text.charCodeAt(i);
      if (code < 128 ? ASCII_WORD[code] === 0 : !isWordAt(text, i)) break;
      if (code >= 128) ascii = false;
    }
    const key = ascii && aligned ? lowered.slice(start, i) : foldKey(text.slice(start, i));
    // A run of combining marks alone folds to nothing: not a word.
    if (key === '') continue;
    tokens.keys.push(key);
    tokens.starts.push(start);
    tokens.ends.push(i);
  }
  return tokens;
}

const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

function isWordUnit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 128 ? ASCII_WORD[code] === 1 : isWordAt(text, i);
}

// The trie key: lowercase, diacritics folded. Matching always uses this;
// rules with diacritics 'strict' verify their hits with strictKey.
export function foldKey(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower
    .normalize('NFC')
    .replace(NO_DECOMPOSITION, (c) => FOLDED[c] ?? c)
    .replace(SHORT_I, '\uE000')
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SHORT_I_HOLD, 'й');
}

// Lowercase, composed, and ё = е: Russian writes ё as е most of the time, so
// a strict rule that told them apart would miss most real text.
export function strictKey(word: string): string {
  return word.toLowerCase().normalize('NFC').replace(/ё/g, 'е');
}

export interface ParsedTerm {
  words: string[]; // as written by the pack author
  prefix: boolean; // trailing *: the last word matches as a prefix
}

// Undefined when the term has no letters or digits, or a * elsewhere than at
// its end: the caller reports it to the pack author.
export function parseTerm(term: string): ParsedTerm | undefined {
  const trimmed = term.trim();
  const prefix = trimmed.endsWith('*');
  const body = prefix ? trimmed.slice(0, -1) : trimmed;
  if (body.includes('*')) return undefined;
  // A prefix term must end in a word, or "falcon *" would mean any word.
  if (prefix && (body === '' || !isWordAt(body, body.length - 1))) return undefined;
  // Cut like the checked text, so both sides agree on what a word is.
  const tokens = tokenize(body);
  const words = tokens.starts.map((start, i) => body.slice(start, tokens.ends[i]));
  return words.length > 0 ? { words, prefix } : undefined;
}

// Word keys of a piece of original text between two token indices: used by
// strict rules to verify a hit.
export function strictWordsAt(text: string, tokens: Tokens, first: number, last: number): string[] {
  const words: string[] = [];
  for (let i = first; i <= last; i++) {
    words.push(strictKey(text.slice(tokens.starts[i], tokens.ends[i])));
  }
  return words;
}
