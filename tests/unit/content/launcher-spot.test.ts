import { describe, expect, it } from 'vitest';
import { launcherSpot } from '../../../lib/content/launcher-spot';
import type { Rect } from '../../../lib/content/underline-boxes';

const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });
// A one-line editor (X's home composer, LinkedIn's comment box) and its launcher's home corner.
const editor = rect(300, 200, 500, 24);
const home = { left: 800 - 26 - 6, top: 203 };
const size = { width: 26, height: 26 };

describe('launcherSpot', () => {
  it('stays home in the corner with nothing under it', () => {
    expect(launcherSpot(home, editor, size, 1366, [], false)).toEqual({ ...home, crowded: false });
  });

  it('shrinks onto the top edge with words under it', () => {
    expect(launcherSpot(home, editor, size, 1366, [], true)).toEqual({ ...home, crowded: true });
  });

  it('leaves its corner when a control is there (Post right under a one-line editor)', () => {
    const post = rect(730, 226, 70, 36);
    const spot = launcherSpot(home, editor, size, 1366, [post], false);
    expect(spot.crowded).toBe(true);
  });

  it('goes beside the editor when the top edge has a control too (a post\'s Send button above a comment box)', () => {
    const send = rect(700, 160, 100, 36);
    const post = rect(730, 226, 70, 36);
    const spot = launcherSpot(home, editor, size, 1366, [send, post], true);
    expect(spot).toEqual({ left: editor.right + 4, top: home.top, crowded: false });
  });

  it('goes under the editor when beside it is off screen', () => {
    const send = rect(700, 160, 100, 36);
    const spot = launcherSpot(home, editor, size, 810, [send], true);
    expect(spot.top).toBe(editor.bottom + 4);
  });

  it('covers a few words rather than a control when every other place has one', () => {
    const send = rect(700, 160, 100, 36);
    const avatar = rect(250, 190, 48, 48);
    const lowPost = rect(730, 232, 70, 36);
    const spot = launcherSpot(home, editor, size, 810, [send, lowPost, avatar], true);
    expect(spot).toEqual({ ...home, crowded: false });
  });
});
