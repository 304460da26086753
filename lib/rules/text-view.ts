// What a rule's check sees of the text: the text and its context, and the
// shared work (words, term hits, links, locked spans) computed once per
// check and only if a rule asks (view.ts builds it).
import type { LockedRange } from './locked-text';
import type { TermHit } from './term-trie';
import type { Tokens } from '../text/tokenize';
import type { CheckContext, TextEdit } from './types';
import type { FoundUrl } from './urls';

export interface TextView {
  readonly text: string;
  readonly ctx: CheckContext;
  tokens(): Tokens;
  termHits(owner: number): readonly TermHit[];
  urls(): readonly FoundUrl[];
  // Where the context's locked spans are; fixes leave these alone.
  locked(): readonly LockedRange[];
}

// The text a fix would produce, for a global rule's guard: its length, the
// whole text, and views of the parts around the edits (cheap to cut into
// words). Computed only when asked for.
export interface AfterFix {
  length: number;
  edits: readonly TextEdit[];
  text(): string;
  windows(): TextView[];
}
