import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCommand } from '../../../lib/background/commands';
import { OPEN_PANEL_COMMAND, OPEN_PANEL_SUGGESTED_KEY, openPanelShortcut } from '../../../lib/messaging/commands';
import { onTabMessages } from '../../../lib/tab-messaging';

// The keyboard command goes from the background to the tab it was pressed
// in, and a content script opens its panel only when its own extension's
// background asks.

describe('runCommand', () => {
  const deps = () => ({ activeTabId: vi.fn(async () => 7), send: vi.fn(async () => ({ opened: true })) });

  it('sends openPanel to the tab the command came with', async () => {
    const d = deps();
    await runCommand(OPEN_PANEL_COMMAND, 3, d);
    expect(d.send).toHaveBeenCalledWith(3, 'openPanel');
    expect(d.activeTabId).not.toHaveBeenCalled();
  });

  it('falls back to the active tab when the browser gives none', async () => {
    const d = deps();
    await runCommand(OPEN_PANEL_COMMAND, undefined, d);
    expect(d.send).toHaveBeenCalledWith(7, 'openPanel');
  });

  it('ignores commands it does not know, and tabs it cannot find', async () => {
    const d = deps();
    await runCommand('_execute_action', 3, d);
    expect(d.send).not.toHaveBeenCalled();
    d.activeTabId.mockResolvedValueOnce(undefined as unknown as number);
    await runCommand(OPEN_PANEL_COMMAND, undefined, d);
    expect(d.send).not.toHaveBeenCalled();
  });
});

describe('onTabMessages', () => {
  afterEach(() => fakeBrowser.reset());
  const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (message: unknown, sender: unknown, respond: (value: unknown) => void) => Promise<unknown[]>;
  const deliver = (message: unknown, sender: unknown) =>
    new Promise((resolve) => {
      void trigger(message, sender, resolve).then(() => resolve('not answered'));
    });

  it('answers its own background', async () => {
    const openPanel = vi.fn(() => ({ opened: true }));
    onTabMessages({ openPanel });
    expect(await deliver({ chorusTab: 'openPanel', payload: {} }, { id: fakeBrowser.runtime.id })).toEqual({ opened: true });
    expect(openPanel).toHaveBeenCalledTimes(1);
  });

  it('ignores other extensions, other content scripts and unknown messages', async () => {
    const openPanel = vi.fn(() => ({ opened: true }));
    onTabMessages({ openPanel });
    expect(await deliver({ chorusTab: 'openPanel', payload: {} }, { id: 'someone-else' })).toBe('not answered');
    expect(await deliver({ chorusTab: 'openPanel', payload: {} }, { id: fakeBrowser.runtime.id, tab: { id: 1 } })).toBe('not answered');
    expect(await deliver({ chorusTab: 'closeEverything', payload: {} }, { id: fakeBrowser.runtime.id })).toBe('not answered');
    expect(await deliver({ type: 'getStatus' }, { id: fakeBrowser.runtime.id })).toBe('not answered');
    // Every object has these through its prototype; they are not handlers.
    for (const name of ['constructor', 'toString', '__proto__']) {
      expect(await deliver({ chorusTab: name, payload: {} }, { id: fakeBrowser.runtime.id })).toBe('not answered');
    }
    expect(openPanel).not.toHaveBeenCalled();
  });

  it('stops listening when asked', async () => {
    const openPanel = vi.fn(() => ({ opened: true }));
    onTabMessages({ openPanel })();
    expect(await deliver({ chorusTab: 'openPanel', payload: {} }, { id: fakeBrowser.runtime.id })).toBe('not answered');
  });
});

describe('the suggested key', () => {
  // Alt+Shift+<letter> keys a fresh Debian Chromium profile installed as "Not
  // set": Chromium's own shortcuts (focus toolbar, bookmarks, inactive popup,
  // tab and window commands), so it refuses them to an extension.
  const KEPT_BY_CHROMIUM_ON_LINUX = ['A', 'B', 'C', 'N', 'P', 'R', 'T', 'W', 'X', 'Z'].map((key) => `Alt+Shift+${key}`);

  it('is not one Chromium keeps for itself, so a fresh install has it', () => {
    expect(KEPT_BY_CHROMIUM_ON_LINUX).not.toContain(OPEN_PANEL_SUGGESTED_KEY);
  });

  it('is the key the README and the locale examples tell people to press', () => {
    const read = (path: string) => readFileSync(resolve(__dirname, '../../..', path), 'utf8');
    const named = (text: string) => [...new Set(text.match(/Alt\+Shift\+[A-Z0-9]/g) ?? [])];
    // The README names the key to press in bold (and Alt+Shift+C only to say why not).
    const bold = (text: string) => [...new Set([...text.matchAll(/\*\*(Alt\+Shift\+[A-Z0-9])\*\*/g)].map((m) => m[1]))];
    expect(bold(read('README.md'))).toEqual([OPEN_PANEL_SUGGESTED_KEY]);
    for (const language of ['en', 'da', 'nl', 'ru', 'de']) expect(named(read(`public/_locales/${language}/messages.json`))).toEqual([OPEN_PANEL_SUGGESTED_KEY]);
  });
});

describe('openPanelShortcut', () => {
  it('gives the keys of the open-panel command, or null when it has none', () => {
    expect(openPanelShortcut([{ name: '_execute_action', shortcut: '' }, { name: OPEN_PANEL_COMMAND, shortcut: 'Alt+Shift+S' }])).toBe('Alt+Shift+S');
    expect(openPanelShortcut([{ name: OPEN_PANEL_COMMAND, shortcut: '' }])).toBeNull();
    expect(openPanelShortcut([{ name: OPEN_PANEL_COMMAND }])).toBeNull();
    expect(openPanelShortcut([])).toBeNull();
  });
});
