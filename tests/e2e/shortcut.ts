import type { BrowserContext, Worker } from '@playwright/test';
import { OPEN_PANEL_COMMAND } from '../../lib/messaging/commands';

// The open-panel command's keys in a running Chromium, read as the extension
// reads them and set as chrome://extensions/shortcuts sets them (its page
// holds chrome.developerPrivate). Used by the end-to-end tests and by
// `npm start`, which gives the command its key when the profile has none.

interface CommandsApi {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
}

interface DeveloperPrivateApi {
  developerPrivate: { updateExtensionCommand(update: { extensionId: string; commandName: string; keybinding: string }): Promise<void> };
}

/** The keys as the browser shows them; '' when the command has none. */
export function openPanelKeys(worker: Worker): Promise<string> {
  return worker.evaluate(async (name) => {
    const { chrome } = globalThis as unknown as { chrome: CommandsApi };
    return (await chrome.commands.getAll()).find((command) => command.name === name)?.shortcut ?? '';
  }, OPEN_PANEL_COMMAND);
}

/** Sets (or with '' clears) the command's keys, as a person does on the shortcut page. */
export async function setOpenPanelKeys(context: BrowserContext, worker: Worker, keybinding: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://extensions/shortcuts');
    const extensionId = new URL(worker.url()).host;
    await page.evaluate(
      async ([extensionId, commandName, keybinding]) => {
        const { chrome } = globalThis as unknown as { chrome: DeveloperPrivateApi };
        await chrome.developerPrivate.updateExtensionCommand({ extensionId, commandName, keybinding });
      },
      [extensionId, OPEN_PANEL_COMMAND, keybinding] as const,
    );
  } finally {
    await page.close();
  }
}

/**
 * Gives the command `keys` when it has none (Chromium refused its suggested
 * key, or the person cleared it); a key the person chose stays. Resolves to
 * the keys in force afterwards ('' if setting them failed).
 */
export async function ensureOpenPanelKeys(context: BrowserContext, worker: Worker, keys: string): Promise<{ keys: string; changed: boolean }> {
  const before = await openPanelKeys(worker);
  if (before !== '') return { keys: before, changed: false };
  await setOpenPanelKeys(context, worker, keys);
  return { keys: await openPanelKeys(worker), changed: true };
}
