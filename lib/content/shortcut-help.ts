// The panel's help line: the open-panel command's keys, asked of the
// background when the panel opens (content scripts have no commands API), and
// a button to the browser's shortcut page when there are none.

export interface ShortcutSource {
  read: () => Promise<string | null>;
  openSettings: () => Promise<boolean>;
}

export interface ShortcutHelp {
  /** undefined until asked: the help says nothing rather than guess. */
  keys: () => string | null | undefined;
  /** The browser refused to open its shortcut page: the help says where to go. */
  settingsFailed: () => boolean;
  read: () => Promise<void>;
  openSettings: () => Promise<void>;
}

export function shortcutHelp(source: ShortcutSource, redraw: () => void): ShortcutHelp {
  let keys: string | null | undefined;
  let failed = false;
  return {
    keys: () => keys,
    settingsFailed: () => failed,
    async read() {
      keys = await source.read().catch(() => undefined);
      redraw();
    },
    async openSettings() {
      failed = !(await source.openSettings().catch(() => false));
      redraw();
    },
  };
}
