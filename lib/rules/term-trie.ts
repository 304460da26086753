// Every term of every word-based rule (banned terms, substitutions, mentions)
// in one trie over folded words. A check walks the text's words once; each
// step is a Map lookup, so the cost barely moves from 500 to 5,000 rules,
// where one RegExp per term grows with the rule count (measured in bench/).

// Which rule a term belongs to (owner) and which of its entries (index): the
// rule keeps its own table, so the trie stays generic and small.
export interface TermRef {
  owner: number;
  index: number;
}

interface TrieNode {
  next?: Map<string, TrieNode>;
  done?: TermRef[];
  // Terms whose last word is a prefix ("фалькон*"), by that prefix.
  prefixes?: Map<string, TermRef[]>;
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

export class TermTrie {
  private readonly root: TrieNode = {};
  private owners = 0;
  // The most words in a term: how far back a change can affect a hit.
  maxWords = 0;

  newOwner(): number {
    return this.owners++;
  }

  add(keys: readonly string[], prefix: boolean, ref: TermRef): void {
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
      node.done ??= [];
      node.done.push(ref);
      return;
    }
    const last = keys[keys.length - 1] as string;
    node.prefixes ??= new Map();
    node.prefixLengths ??= [];
    node.heads ??= new Set();
    node.heads.add(last.slice(0, HEAD));
    if (last.length < HEAD) node.shortPrefix = true;
    const list = node.prefixes.get(last);
    if (list) list.push(ref);
    else node.prefixes.set(last, [ref]);
    if (!node.prefixLengths.includes(last.length)) {
      node.prefixLengths.push(last.length);
      node.prefixLengths.sort((a, b) => a - b);
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
    const emit = (refs: readonly TermRef[], first: number, last: number) => {
      for (const ref of refs) {
        const hit = { index: ref.index, first, last };
        const list = byOwner.get(ref.owner);
        if (list) list.push(hit);
        else byOwner.set(ref.owner, [hit]);
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
    emit: (refs: readonly TermRef[], first: number, last: number) => void,
  ): void {
    if (!node.shortPrefix && !node.heads?.has(key.slice(0, HEAD))) return;
    for (const length of node.prefixLengths ?? []) {
      if (length > key.length) break;
      const refs = node.prefixes?.get(length === key.length ? key : key.slice(0, length));
      if (refs) emit(refs, first, last);
    }
  }
}
