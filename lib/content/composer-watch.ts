// Finds composers as they come and go, without polling and without
// re-querying the whole page: the observer looks only at the nodes each
// mutation batch hands it. On a busy feed it runs many times a second.

export interface ComposerWatchOptions<T> {
  /** One CSS selector list for every editor the site adapter knows. */
  selector: string;
  /** Turns a matched element into a composer, or null to ignore it. */
  accept: (el: HTMLElement) => T | null;
  onAdded: (el: HTMLElement, composer: T) => void;
  onRemoved: (el: HTMLElement) => void;
}

const ELEMENT_NODE = 1;

export function watchComposers<T>(root: Node, options: ComposerWatchOptions<T>): () => void {
  const tracked = new Set<HTMLElement>();
  const { selector, accept } = options;

  const consider = (el: HTMLElement) => {
    if (tracked.has(el)) return;
    const composer = accept(el);
    if (composer === null) return;
    tracked.add(el);
    options.onAdded(el, composer);
  };

  const scan = (node: Node) => {
    if (!(node instanceof HTMLElement)) return;
    if (node.matches(selector)) consider(node);
    // Only the subtree that was just added: a dialog or a comment box.
    if (node.firstElementChild) {
      for (const el of node.querySelectorAll<HTMLElement>(selector)) consider(el);
    }
  };

  const forget = (el: HTMLElement) => {
    tracked.delete(el);
    options.onRemoved(el);
  };

  const forgetDetached = () => {
    for (const el of tracked) if (!el.isConnected) forget(el);
  };

  // The hot path: a feed rewriting its counts hands over hundreds of records
  // a second, nearly all of them a text node swapped inside a <span>. A
  // target with no element children cannot have gained an editor, and is
  // told by the one node the content script has already seen, without
  // touching the new nodes (each one costs a wrapper in this isolated world).
  // Index loops, no iterators, no layout reads; attribute changes have their
  // own observer, so this loop need not ask each record its type.
  const observer = new MutationObserver((records) => {
    for (let r = 0; r < records.length; r++) {
      const record = records[r] as MutationRecord;
      if ((record.target as ParentNode).childElementCount === 0) continue;
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const node = added[i] as Node;
        if (node.nodeType === ELEMENT_NODE) scan(node);
      }
    }
    // A few tracked editors at most: cheaper than looking at every removed node.
    if (tracked.size > 0) forgetDetached();
  });
  // An editor that became (or stopped being) editable after it mounted: rare.
  const editable = new MutationObserver((records) => {
    for (const record of records) {
      const el = record.target;
      if (!(el instanceof HTMLElement)) continue;
      if (!tracked.has(el)) scan(el);
      else if (accept(el) === null) forget(el);
    }
  });

  scan(root.nodeType === Node.DOCUMENT_NODE ? (root as Document).documentElement : root);
  observer.observe(root, { childList: true, subtree: true });
  editable.observe(root, { subtree: true, attributes: true, attributeFilter: ['contenteditable'] });

  return () => {
    observer.disconnect();
    editable.disconnect();
    for (const el of tracked) options.onRemoved(el);
    tracked.clear();
  };
}
