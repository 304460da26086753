// Comparison keys for words, the same for a pack's terms, its search index
// and the checked text, so all sides fold alike.
import { foldChar } from './chars';

// The trie key: lowercase, diacritics folded, character by character (so
// terms and text fold alike whatever their neighbours). Matching always uses
// this; rules with diacritics 'strict' verify their hits with strictKey.
export function foldKey(word: string): string {
  // Composed first, so a decomposed й (и + breve) stays й.
  const composed = HAS_MARK.test(word) ? word.normalize('NFC') : word;
  let key = '';
  for (const ch of composed) key += foldChar(ch);
  return key;
}

const HAS_MARK = /\p{M}/u;

// Lowercase, composed, and ё = е: Russian writes ё as е most of the time, so
// a strict rule that told them apart would miss most real text.
export function strictKey(word: string): string {
  return word.toLowerCase().normalize('NFC').replace(/ё/g, 'е');
}
