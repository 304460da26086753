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

/**
 * Every part of the composer beside the editor's own branch: from the editor
 * up to the container, the siblings at each level (the avatar, the reply
 * setting, the toolbar row, the dialog's header and footer). Whatever the
 * markup, those rows hold the composer's controls, named or not.
 */
export function rowsBeside(editor: HTMLElement, container: Element | null): Element[] {
  if (!container?.contains(editor)) return [];
  const rows: Element[] = [];
  for (let at: Element = editor; at !== container && at.parentElement; at = at.parentElement) {
    for (const sibling of at.parentElement.children) if (sibling !== at) rows.push(sibling);
  }
  return rows;
}
