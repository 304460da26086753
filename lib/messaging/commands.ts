// The keyboard command, as the manifest (wxt.config.ts), the background and
// the views name it. Imports nothing, so the build config can use it too.

/** The manifest command (wxt.config.ts) that opens the panel; the popup shows its keys. */
export const OPEN_PANEL_COMMAND = 'open-panel';

/**
 * The key the manifest suggests for the open-panel command. Chromium keeps a
 * suggested key only when it is none of its own shortcuts (CommandService's
 * CanAutoAssign refuses a Chrome accelerator) and no other extension holds it;
 * otherwise the command installs with no key ("Not set"). Alt+Shift+C, the
 * first choice, is one Chromium keeps for itself on Linux: measured in Debian's
 * Chromium, a fresh profile dropped Alt+Shift+A, B, C, N, P, R, T, W, X and Z,
 * and kept S (tests/unit/background/commands.test.ts holds the list; tests/e2e/shortcut.spec.ts
 * checks the built extension). README.md and the locales name this key.
 */
export const OPEN_PANEL_SUGGESTED_KEY = 'Alt+Shift+S';

/** The keys the browser gives the open-panel command, as it shows them; null when it has none. */
export function openPanelShortcut(commands: readonly { name?: string; shortcut?: string }[]): string | null {
  return commands.find((command) => command.name === OPEN_PANEL_COMMAND)?.shortcut || null;
}
