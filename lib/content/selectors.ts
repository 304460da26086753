// Selectors can come from a pack, so a broken one must cost only itself:
// it is dropped with a warning and the rest keep working.

const probe = typeof document === 'undefined' ? null : document.createDocumentFragment();

export function isValidSelector(selector: string): boolean {
  try {
    probe?.querySelector(selector);
    return probe !== null;
  } catch {
    return false;
  }
}

export function usableSelectors(selectors: readonly string[]): string {
  const valid = selectors.filter((selector) => {
    const ok = isValidSelector(selector);
    if (!ok) console.warn(`Chorus: ignoring an invalid composer selector from the content pack: ${selector}`);
    return ok;
  });
  return [...new Set(valid)].join(', ');
}
