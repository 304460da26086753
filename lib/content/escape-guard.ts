// Escape and outside clicks belong to Chorus while one of its surfaces is
// open. The sites close their share and reply dialogs (and so lose the draft)
// on an Escape they hear on document or window, so Chorus listens on window
// in the capture phase, the first place any event reaches, and stops the
// Escapes that are its own before any of the site's handlers run. A listener
// in the shadow root alone would run after the site's window and document
// capture listeners.

export interface ChorusSurfaces {
  /** The assistant's shadow host: an event whose path crosses it happened in Chorus's UI. */
  host: HTMLElement;
  /** The composer's editor: while a surface is open, an Escape typed there is Chorus's too. */
  editor: HTMLElement;
  panelOpen: () => boolean;
  /** The panel, a finding card or the card beside Post. */
  anyOpen: () => boolean;
  /** Focuses the editor with the caret where the person left it. */
  returnToDraft: () => void;
  /** Closes every open surface. */
  closeAll: () => void;
  /** Closes the panel only, leaving focus where the click puts it (an outside click). */
  closePanel: () => void;
}

/** Starts guarding; the returned function stops. */
export function guardEscape(surfaces: ChorusSurfaces, target: Window = window): () => void {
  // The keyup of an Escape that Chorus took is Chorus's too, though focus
  // is back in the editor by then.
  let ownKeyup = false;

  const isOurs = (event: Event) => {
    const path = event.composedPath();
    if (path.includes(surfaces.host)) return true;
    return path.includes(surfaces.editor) && surfaces.anyOpen();
  };
  const swallow = (event: Event) => {
    event.stopImmediatePropagation();
    event.preventDefault();
  };

  const onKeydown = (event: KeyboardEvent) => {
    // During composition Escape cancels the IME's text, nothing of ours.
    if (event.key !== 'Escape' || event.isComposing || !isOurs(event)) return;
    swallow(event);
    ownKeyup = true;
    // Caret first: closing removes the focused search box, and the browser
    // would put focus on the page's body.
    surfaces.returnToDraft();
    surfaces.closeAll();
  };
  const onKeyup = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !ownKeyup) return;
    ownKeyup = false;
    swallow(event);
  };
  // Not prevented: the click still does what it does on the site. A click
  // in the composer's own editor is not outside: the panel's checks follow
  // the draft while the person goes on writing.
  const onPointerdown = (event: PointerEvent) => {
    if (!surfaces.panelOpen()) return;
    const path = event.composedPath();
    if (!path.includes(surfaces.host) && !path.includes(surfaces.editor)) surfaces.closePanel();
  };

  target.addEventListener('keydown', onKeydown, true);
  target.addEventListener('keyup', onKeyup, true);
  target.addEventListener('pointerdown', onPointerdown, { capture: true, passive: true });
  return () => {
    target.removeEventListener('keydown', onKeydown, true);
    target.removeEventListener('keyup', onKeyup, true);
    target.removeEventListener('pointerdown', onPointerdown, true);
  };
}
