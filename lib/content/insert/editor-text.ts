// Comparing an editor's text before and after a change. The isolated world
// cannot see the editors' models, but Quill, Draft.js and Lexical render the
// model back into the DOM, so once they settle the DOM says what they would post.

/** Collapses every run of white space, so block and line markup do not matter. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Lets the editor take the change in: Quill via a MutationObserver, Draft.js via React. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 30));
}
