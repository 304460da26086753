import { highlightsSupported, highlightUnderlines } from './highlights';
import { overlayUnderlines } from './underline-overlay';
import type { Underlines } from './underline-types';

// Underlines for one composer's findings. Painted by the browser with the CSS
// Custom Highlight API where it exists, which changes nothing in the page;
// elsewhere drawn as an overlay in Chorus's own shadow root. Either way the
// editor's DOM and model are never touched.

// Set only by the build that the fallback's end-to-end test runs
// (scripts/test.mjs): every browser Chorus supports has the API, so there is
// no other way to see the overlay in a real one. A constant, so other builds
// drop the branch.
const FORCE_OVERLAY = import.meta.env.WXT_CHORUS_UNDERLINES === 'overlay';

/** `layer` is an element in Chorus's shadow root that the overlay may fill. */
export function createUnderlines(editor: HTMLElement, layer: HTMLElement): Underlines {
  return highlightsSupported() && !FORCE_OVERLAY ? highlightUnderlines(editor) : overlayUnderlines(editor, layer);
}
