import { describe, expect, it } from 'vitest';
import { placeLauncher } from '../../../lib/content/placement';

const viewport = { width: 1280, height: 900 };

describe('placeLauncher', () => {
  it('puts the launcher inside the editor, at its top-right corner', () => {
    const p = placeLauncher({ top: 100, left: 300, width: 500, height: 120 }, 30, viewport);
    expect(p.left).toBe(300 + 500 - 30 - 6);
    expect(p.top).toBeGreaterThanOrEqual(100);
    expect(p.top).toBeLessThan(110);
    expect(p.hidden).toBe(false);
  });

  it('opens downwards with room below, upwards near the bottom of the screen', () => {
    expect(placeLauncher({ top: 100, left: 300, width: 500, height: 40 }, 30, viewport).opensUp).toBe(false);
    const low = placeLauncher({ top: 820, left: 300, width: 500, height: 40 }, 30, viewport);
    expect(low.opensUp).toBe(true);
    expect(low.maxHeight).toBeLessThanOrEqual(420);
    expect(low.maxHeight).toBeGreaterThan(160);
  });

  it('shifts the panel right when the editor is near the left edge', () => {
    expect(placeLauncher({ top: 100, left: 0, width: 200, height: 40 }, 30, viewport).panelShift).toBeGreaterThan(0);
    expect(placeLauncher({ top: 100, left: 600, width: 500, height: 40 }, 30, viewport).panelShift).toBe(0);
  });

  it('hides the launcher for editors that are collapsed or scrolled out of view', () => {
    expect(placeLauncher({ top: 100, left: 0, width: 0, height: 0 }, 30, viewport).hidden).toBe(true);
    expect(placeLauncher({ top: -300, left: 0, width: 400, height: 100 }, 30, viewport).hidden).toBe(true);
    expect(placeLauncher({ top: 1000, left: 0, width: 400, height: 100 }, 30, viewport).hidden).toBe(true);
  });
});
