import { t } from '../lib/i18n';
import type { Status } from '../lib/messaging';
import type { Settings } from '../lib/storage';

interface Props {
  settings: Settings;
  status: Status | null;
  saved: boolean;
  onChange: (settings: Settings) => void;
}

export function OptionsView({ settings, status, saved, onChange }: Props) {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <section>
        <label>
          {t('optionsTeam')}
          <input value={settings.team} onChange={(event) => onChange({ ...settings, team: event.currentTarget.value.trim() })} />
        </label>
        <label>
          {t('optionsRole')}
          <input value={settings.role} onChange={(event) => onChange({ ...settings, role: event.currentTarget.value.trim() })} />
        </label>
        <p class="hint">{t('optionsAudienceHint')}</p>
        {saved && <p role="status">{t('optionsSaved')}</p>}
      </section>
      <section>
        <h2>{t('optionsPack')}</h2>
        {status?.pack && (
          <p class="pack">
            {t('popupPack', [status.pack.publisher, String(status.pack.version), new Date(status.pack.issuedAt).toLocaleDateString()])}
          </p>
        )}
        {status && <p>{t('popupItems', String(status.activeItems))}</p>}
      </section>
      <p class="privacy">{t('optionsPrivacy')}</p>
    </main>
  );
}
