import { OPEN_PANEL_COMMAND } from '../messaging/commands';
import type { TabProtocol } from '../tab-messaging';

// Keyboard commands (manifest `commands`; people can change the keys at
// chrome://extensions/shortcuts or in Firefox's add-on settings). A command
// reaches the background, which passes it to the tab it was pressed in.

export interface CommandDeps {
  activeTabId: () => Promise<number | undefined>;
  send: (tabId: number, type: keyof TabProtocol) => Promise<unknown>;
}

export async function runCommand(command: string, tabId: number | undefined, deps: CommandDeps): Promise<void> {
  if (command !== OPEN_PANEL_COMMAND) return;
  const target = tabId ?? (await deps.activeTabId());
  if (target !== undefined) await deps.send(target, 'openPanel');
}
