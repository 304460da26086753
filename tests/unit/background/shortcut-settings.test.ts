import { describe, expect, it } from 'vitest';
import { shortcutSettingsRoute } from '../../../lib/background/shortcut-settings';

describe('shortcutSettingsRoute', () => {
  it('uses Firefox’s own call where it exists', () => {
    expect(shortcutSettingsRoute({ hasOpenShortcutSettings: true, firefox: true })).toEqual({ kind: 'api' });
  });

  it('opens chrome://extensions/shortcuts in Chromium, about:addons in an older Firefox', () => {
    expect(shortcutSettingsRoute({ hasOpenShortcutSettings: false, firefox: false })).toEqual({ kind: 'tab', url: 'chrome://extensions/shortcuts' });
    expect(shortcutSettingsRoute({ hasOpenShortcutSettings: false, firefox: true })).toEqual({ kind: 'tab', url: 'about:addons' });
  });
});
