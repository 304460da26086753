import type { Finding } from '../rules/types';
import type { CheckResult } from './checks';
import { findingAt } from './finding-at';
import { mapEditorText, type TextMap } from './text-map';

// Which finding the person is on, by pointer or by caret, with where it is
// on screen, so its card can show beside it. Pointer moves are read once a
// frame; the caret only while this editor has focus, and only when the
// person moved it themselves (right after a key or a press of theirs in the
// editor, and not since Chorus changed the text): inserting or fixing moves
// the caret too, and a card must never open by itself then.

export interface FocusedFinding {
  finding: Finding;
  rect: DOMRect;
  via: 'pointer' | 'caret';
}

function caretPointFrom(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position && { node: position.offsetNode, offset: position.offset };
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function rectOf(map: TextMap, finding: Finding, near?: { x: number; y: number }): DOMRect | null {
  const range = map.range(finding.start, finding.end);
  if (!range) return null;
  const rects = [...range.getClientRects()];
  const under = near && rects.find((r) => near.x >= r.left && near.x <= r.right && near.y >= r.top && near.y <= r.bottom);
  return under ?? rects[0] ?? null;
}

/** How long after a key or press of the person's a caret move counts as theirs (key repeat, slow frames). */
const PERSON_MOVE_MS = 400;

export interface FindingFocus {
  stop: () => void;
  /** Chorus is about to change the text: the caret moves it makes are not the person's. */
  chorusEdits: () => void;
  /** The person asked by keyboard for the card at the caret (Alt+Enter with no card open). */
  askAtCaret: () => void;
  /** New findings came in: a pointer resting on a word now flagged shows its card. */
  resultChanged: () => void;
}

export function trackFindingFocus(
  editor: HTMLElement,
  latest: () => CheckResult | null,
  onChange: (focused: FocusedFinding | null, via: 'pointer' | 'caret') => void,
): FindingFocus {
  let frame = 0;
  // Until when a caret move is the person's: a key or press of theirs moves it within a frame or two.
  let personUntil = 0;
  const onPersonAction = (event: Event) => {
    if (event.isTrusted) personUntil = performance.now() + PERSON_MOVE_MS;
  };
  let pointer = { x: 0, y: 0 };
  // Editors re-render their text nodes (Draft.js on every change), so the
  // map is taken afresh; findings count only while the text is what was checked.
  const current = (): { result: CheckResult; map: TextMap } | null => {
    const result = latest();
    // Nothing flagged, nothing to be on: no need to map the text (every caret move while typing).
    if (!result || result.findings.length === 0) return null;
    const map = mapEditorText(editor);
    return map.text === result.text ? { result, map } : null;
  };
  const atPointer = () => {
    frame = 0;
    const now = current();
    const point = caretPointFrom(pointer.x, pointer.y);
    if (!now || !point || !editor.contains(point.node)) return onChange(null, 'pointer');
    const finding = findingAt(now.result.findings, now.map.offsetOf(point.node, point.offset), false);
    const rect = finding && rectOf(now.map, finding, pointer);
    onChange(finding && rect ? { finding, rect, via: 'pointer' } : null, 'pointer');
  };
  let pointerInside = false;
  const onMove = (event: MouseEvent) => {
    pointerInside = true;
    pointer = { x: event.clientX, y: event.clientY };
    if (frame === 0) frame = requestAnimationFrame(atPointer);
  };
  const onLeave = () => {
    pointerInside = false;
    onChange(null, 'pointer');
  };
  const onSelection = () => {
    if (performance.now() > personUntil || document.activeElement !== editor) return;
    const selection = document.getSelection();
    if (!selection?.focusNode || !selection.isCollapsed || !editor.contains(selection.focusNode)) return;
    const now = current();
    if (!now) return;
    const finding = findingAt(now.result.findings, now.map.offsetOf(selection.focusNode, selection.focusOffset), true);
    const rect = finding && rectOf(now.map, finding);
    onChange(finding && rect ? { finding, rect, via: 'caret' } : null, 'caret');
  };

  editor.addEventListener('mousemove', onMove, { passive: true });
  editor.addEventListener('mouseleave', onLeave);
  document.addEventListener('selectionchange', onSelection);
  editor.addEventListener('keydown', onPersonAction, true);
  editor.addEventListener('mousedown', onPersonAction, true);
  return {
    stop() {
      cancelAnimationFrame(frame);
      editor.removeEventListener('mousemove', onMove);
      editor.removeEventListener('mouseleave', onLeave);
      document.removeEventListener('selectionchange', onSelection);
      editor.removeEventListener('keydown', onPersonAction, true);
      editor.removeEventListener('mousedown', onPersonAction, true);
    },
    chorusEdits() {
      personUntil = 0;
      onChange(null, 'caret');
    },
    resultChanged() {
      if (pointerInside && frame === 0) frame = requestAnimationFrame(atPointer);
    },
    askAtCaret() {
      personUntil = performance.now() + PERSON_MOVE_MS;
      onSelection();
    },
  };
}
