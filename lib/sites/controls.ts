import type { SelectorRule } from './types';

// The composer's own controls, found by each adapter's rules inside the
// composer's container. Nothing inside the editor counts (a link or mention
// in the draft is text, not a control), nor anything hidden.

/** Buttons in any markup, hashed classes or not: the last rule of every adapter. */
export const ANY_BUTTON: SelectorRule = {
  selector: 'button, [role="button"]',
  matches: 'any other button of the composer (audience, drafts, schedule), whatever its classes',
};

export function controlsWithin(container: Element | null, rules: readonly SelectorRule[], editor: HTMLElement): Element[] {
  if (!container) return [];
  const found = new Set<Element>();
  for (const rule of rules) {
    for (const el of container.querySelectorAll(rule.selector)) {
      if (!editor.contains(el) && !el.contains(editor)) found.add(el);
    }
  }
  return [...found];
}
