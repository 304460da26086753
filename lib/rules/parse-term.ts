// A term as a pack author writes it: words separated by anything that is not
// a letter or digit, with an optional trailing * that makes the last word a
// prefix ("фалькон*" matches "фальконом").
import { isWordAt } from '../text/chars';
import { tokenize } from '../text/tokenize';

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
