// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { controlBoxes } from '../../../lib/content/control-boxes';
import { draftCheckFor } from '../../../lib/content/draft-transport';
import { safeUrl } from '../../../lib/content/finding-view';
import { shortcutHelp } from '../../../lib/content/shortcut-help';
import type { SiteAdapter } from '../../../lib/sites/types';

afterEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
});

describe('draftCheckFor', () => {
  it('sends the draft, its network and what Chorus inserted to the extension’s worker, and gives back its findings', async () => {
    const seen: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      seen.push(message);
      return Promise.resolve({ findings: [] });
    });
    const findings = await draftCheckFor('x')('Hej', { lockedSpans: ['#employee'], insertedItemIds: ['a'] });
    expect(findings).toEqual([]);
    expect(seen).toEqual([{ type: 'checkDraft', payload: { network: 'x', text: 'Hej', lockedSpans: ['#employee'], insertedItemIds: ['a'] } }]);
  });
});

describe('safeUrl', () => {
  it('keeps https links only', () => {
    expect(safeUrl('https://nordvind.example/policy')).toBe('https://nordvind.example/policy');
    for (const url of ['http://nordvind.example', 'javascript:alert(1)', 'data:text/html,x', ' https://x.test', undefined]) expect(safeUrl(url)).toBeNull();
  });
});

describe('shortcutHelp', () => {
  it('says nothing until asked, then the keys; a refused settings page is said', async () => {
    const redraw = vi.fn();
    const help = shortcutHelp({ read: async () => 'Alt+Shift+S', openSettings: async () => false }, redraw);
    expect(help.keys()).toBeUndefined();
    await help.read();
    expect(help.keys()).toBe('Alt+Shift+S');
    await help.openSettings();
    expect(help.settingsFailed()).toBe(true);
    expect(redraw).toHaveBeenCalledTimes(2);
  });

  it('a failing read leaves it unknown rather than "no shortcut"', async () => {
    const help = shortcutHelp({ read: async () => Promise.reject(new Error('worker gone')), openSettings: async () => true }, () => {});
    await help.read();
    expect(help.keys()).toBeUndefined();
  });
});

describe('controlBoxes', () => {
  it('finds the controls once, and again when the site re-rendered one', () => {
    const editor = document.createElement('div');
    const post = document.createElement('button');
    document.body.append(editor, post);
    const composerControls = vi.fn(() => [post]);
    const boxes = controlBoxes({ composerControls } as unknown as SiteAdapter, editor);
    boxes();
    boxes();
    expect(composerControls).toHaveBeenCalledTimes(1);
    post.remove();
    boxes();
    expect(composerControls).toHaveBeenCalledTimes(2);
  });
});
