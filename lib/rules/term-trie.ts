// Every term of every word-based rule (banned terms, substitutions, mentions)
// in one trie over folded words. A check walks the text's words once; each
// step is a Map lookup, so the cost barely moves from 500 to 5,000 rules,
// where one RegExp per term grows with the rule count (measured in bench/).

// Terms are numbered as they are added; a hit names the rule (owner) and the
// term's index in that rule's own table, so the trie stays generic. Ids
// rather than objects, and arrays made at their final size, keep 500 rules'
// trie well under a megabyte (an array grown by push reserves 17 slots).
interface TrieNode {
  next?: Map<string, TrieNode>;
  done?: number[];
  // Terms whose last word is a prefix ("фалькон*"), by that prefix.
  prefixes?: Map<string, number[]>;
  prefixLengths?: number[];
  // First HEAD characters of every prefix: one lookup rules out most words
  // before trying each prefix length (which cost a slice and a lookup per
  // length and word, the bulk of matching with a few hundred prefix terms).
  heads?: Set<string>;
  shortPrefix?: boolean; // a prefix shorter than HEAD: no filtering
}

// Token indices, inclusive.
export interface TermHit {
  index: number;
  first: number;
  last: number;
}

const HEAD = 3;

const withId = (ids: number[] | undefined, id: number) => (ids ? [...ids, id] : [id]);

export class TermTrie {
  private readonly root: TrieNode = {};
  private readonly ownerOf: number[] = []; // term id -> owner
  private readonly indexOf: number[] = []; // term id -> index in its owner's table
  private owners = 0;
  // The most words in a term: how far back a change can affect a hit.
  maxWords = 0;

  newOwner(): number {
    return this.owners++;
  }

  add(keys: readonly string[], prefix: boolean, owner: number, index: number): void {
    const id = this.ownerOf.length;
    this.ownerOf.push(owner);
    this.indexOf.push(index);
    this.maxWords = Math.max(this.maxWords, keys.length);
    let node = this.root;
    const wholeWords = prefix ? keys.length - 1 : keys.length;
    for (let i = 0; i < wholeWords; i++) {
      const key = keys[i] as string;
      node.next ??= new Map();
      let child = node.next.get(key);
      if (child === undefined) {
        child = {};
        node.next.set(key, child);
      }
      node = child;
    }
    if (!prefix) {
      node.done = withId(node.done, id);
      return;
    }
    const last = keys[keys.length - 1] as string;
    node.prefixes ??= new Map();
    node.prefixes.set(last, withId(node.prefixes.get(last), id));
    node.heads ??= new Set();
    node.heads.add(last.slice(0, HEAD));
    if (last.length < HEAD) node.shortPrefix = true;
    if (!node.prefixLengths?.includes(last.length)) {
      node.prefixLengths = [...(node.prefixLengths ?? []), last.length].sort((a, b) => a - b);
    }
  }

  // All hits starting at word `from` up to `to` (they may run past it), by
  // owner; only owners with hits appear, so rules without any cost nothing.
  // Overlaps are kept: each rule decides which of its hits win.
  match(
    keys: readonly string[],
    from = 0,
    to = keys.length,
    byOwner = new Map<number, TermHit[]>(),
  ): Map<number, TermHit[]> {
    const emit = (ids: readonly number[], first: number, last: number) => {
      for (const id of ids) {
        const owner = this.ownerOf[id] as number;
        const hit = { index: this.indexOf[id] as number, first, last };
        const list = byOwner.get(owner);
        if (list) list.push(hit);
        else byOwner.set(owner, [hit]);
      }
    };
    for (let first = from; first < to; first++) {
      let node: TrieNode | undefined = this.root;
      for (let j = first; node !== undefined && j < keys.length; j++) {
        const key = keys[j] as string;
        if (node.prefixes) this.matchPrefixes(node, key, first, j, emit);
        node = node.next?.get(key);
        if (node?.done) emit(node.done, first, j);
      }
    }
    return byOwner;
  }

  private matchPrefixes(
    node: TrieNode,
    key: string,
    first: number,
    last: number,
    emit: (ids: readonly number[], first: number, last: number) => void,
  ): void {
    if (!node.shortPrefix && !node.heads?.has(key.slice(0, HEAD))) return;
    for (const length of node.prefixLengths ?? []) {
      if (length > key.length) break;
      const ids = node.prefixes?.get(length === key.length ? key : key.slice(0, length));
      if (ids) emit(ids, first, last);
    }
  }
}
