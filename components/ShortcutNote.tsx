import { t } from '../lib/i18n';

// Said where the person looks for the key (the popup, the panel's help):
// either which keys open the panel, or that none do and where to set one.

export interface ShortcutProps {
  /** As the browser shows it; null when the command has no key, undefined while not yet known. */
  shortcut: string | null | undefined;
  onSetShortcut: () => void;
  /** Opening the browser's shortcut page failed: say where it is instead. */
  settingsFailed: boolean;
}

export function ShortcutNote({ shortcut, onSetShortcut, settingsFailed }: ShortcutProps) {
  if (shortcut === undefined) return null;
  if (shortcut !== null) return <p class="shortcut-keys">{t('panelShortcut', shortcut)}</p>;
  return (
    <div class="shortcut-missing" role="note">
      <p>{t('popupNoShortcut')}</p>
      <button type="button" class="shortcut-set" onMouseDown={(event) => event.preventDefault()} onClick={onSetShortcut}>
        {t('setShortcut')}
      </button>
      {settingsFailed && <p class="shortcut-manual">{t('shortcutSettingsManual')}</p>}
    </div>
  );
}
