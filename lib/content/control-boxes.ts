import type { SiteAdapter } from '../sites/types';

// The boxes of the composer's own controls (Post, toolbar, close, counter),
// which the launcher must not cover. The elements are found once and again
// only when one is gone (the site re-rendered); their boxes are read when the
// launcher is placed, never on a timer.

export function controlBoxes(adapter: SiteAdapter, editor: HTMLElement): () => DOMRect[] {
  let controls: Element[] | null = null;
  return () => {
    if (!controls || controls.some((el) => !el.isConnected)) controls = adapter.composerControls?.(editor) ?? [];
    return controls.map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
  };
}
