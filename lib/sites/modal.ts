// The modal dialog an editor sits in, on any site. Chorus mounts its UI inside
// it: a modal's focus trap pulls focus back from anything outside it (so the
// panel's search box could not be typed in), a native <dialog> opened with
// showModal() makes everything outside it inert, and sites hide the rest of
// the page from assistive technology while a modal is open.
const MODALS = [
  // A native dialog element (modal or not).
  'dialog',
  // ARIA modal dialogs: X's composer and reply layers, most React UI kits.
  '[aria-modal="true"]',
  // Dialogs by role alone: LinkedIn's artdeco share dialog.
  '[role="dialog"]',
  '[role="alertdialog"]',
].join(', ');

export function modalAround(editor: HTMLElement): HTMLElement | null {
  return editor.closest<HTMLElement>(MODALS);
}
