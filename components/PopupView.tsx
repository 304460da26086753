import { t } from '../lib/i18n';
import type { Status } from '../lib/messaging';
import { PackProblems } from './packs/PackProblems';
import { PackStatusList } from './packs/PackStatusList';
import { type ShortcutProps, ShortcutNote } from './ShortcutNote';

interface Props extends ShortcutProps {
  status: Status | null;
  onOpenOptions: () => void;
}

export function PopupView({ status, shortcut, onSetShortcut, settingsFailed, onOpenOptions }: Props) {
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      {status === null && <p>{t('loading')}</p>}
      {/* With sources configured, the list below names each pack with its state. */}
      {status?.content === 'bundled' && status.pack && (
        <p class="pack">
          {t('popupPack', [status.pack.publisher, String(status.pack.version), new Date(status.pack.issuedAt).toLocaleDateString()])}
        </p>
      )}
      {status && status.content === 'configured' && <PackStatusList status={status} compact />}
      {status && <PackProblems problems={status.packProblems} compact />}
      {status && <p class="items">{t('popupItems', String(status.activeItems))}</p>}
      {status && <p class="shares">{t('popupSharesWeek', String(status.insertedThisWeek))}</p>}
      <p class="hint">
        {t('popupHowTo')}
        {shortcut && ` ${t('popupShortcut', shortcut)}`}
      </p>
      {shortcut === null && <ShortcutNote shortcut={shortcut} onSetShortcut={onSetShortcut} settingsFailed={settingsFailed} />}
      <p class="privacy">{t('optionsPrivacy')}</p>
      <button type="button" onClick={onOpenOptions}>
        {t('openOptions')}
      </button>
    </main>
  );
}
