// Reading an editor's text from the DOM it renders. The isolated world cannot
// see the editors' models, but Quill, Draft.js and Lexical all render the
// model back into the DOM, so after they settle the DOM is what they would post.

export function editorText(editor: HTMLElement): string {
  if (editor instanceof HTMLTextAreaElement) return editor.value;
  // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the line breaks the editor renders between blocks
  return editor.innerText;
}

/** Collapses every run of white space, so block and line markup do not matter. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Lets the editor take the change in: Quill via a MutationObserver, Draft.js via React. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 30));
}
