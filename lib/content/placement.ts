// Where the launcher and its panel go beside a composer. Pure geometry, so
// it is tested without a browser.

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  /** Launcher's top-left, in viewport coordinates. */
  top: number;
  left: number;
  /** Open the panel above the launcher when there is more room there. */
  opensUp: boolean;
  /** Room for the panel in the direction it opens. */
  maxHeight: number;
  /** How far to move the panel right so it stays inside the viewport. */
  panelShift: number;
  hidden: boolean;
}

const INSET = 6; // inside the editor's top-right corner, clear of its border
const GAP = 32; // launcher height plus a small gap
const PANEL_WIDTH = 360;
const MAX_PANEL = 420;
const MIN_PANEL = 160;

export function placeLauncher(editor: Box, launcherWidth: number, viewport: { width: number; height: number }): Placement {
  const hidden = editor.width === 0 || editor.height === 0 || editor.top + editor.height < 0 || editor.top > viewport.height;
  const top = editor.top + INSET / 2;
  const left = Math.max(0, editor.left + editor.width - launcherWidth - INSET);
  const below = viewport.height - (top + GAP) - 8;
  const above = top - 8;
  const opensUp = below < MIN_PANEL * 1.5 && above > below;
  const room = opensUp ? above : below;
  const panelLeft = left + launcherWidth - Math.min(PANEL_WIDTH, viewport.width - 16);
  const panelShift = panelLeft < 8 ? 8 - panelLeft : 0;
  return { top, left, opensUp, maxHeight: Math.max(MIN_PANEL, Math.min(MAX_PANEL, room)), panelShift, hidden };
}
