import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { KeySetting, PackSettings, PackSettingsView, SettingsProblem } from '../../lib/messaging';
import { packErrorText } from './pack-text';

interface Props {
  view: PackSettingsView;
  problems: SettingsProblem[];
  busy: boolean;
  /** Saves, then syncs at once. */
  onSave: (settings: PackSettings) => void;
  onSyncNow: () => void;
}

// Pack addresses, trusted keys and the unsigned-import developer setting.
// Whatever the admin's policy fixes is shown, not editable.
export function PackSourcesForm({ view, problems, busy, onSave, onSyncNow }: Props) {
  const { policy } = view;
  const [urls, setUrls] = useState(view.settings.urls.join('\n'));
  const [keys, setKeys] = useState<KeySetting[]>(view.settings.trustedKeys);
  const [allowUnsigned, setAllowUnsigned] = useState(view.settings.allowUnsignedFileImport);
  const urlsByPolicy = (policy?.packUrls?.length ?? 0) > 0;
  const keysByPolicy = (policy?.trustedKeys?.length ?? 0) > 0;
  // Under a policy, only the admin can open the door to unsigned packs.
  const unsignedLocked = policy !== null && policy.allowUnsignedFileImport !== true;
  const problemFor = (field: SettingsProblem['field'], index: number) => problems.find((p) => p.field === field && p.index === index);
  const setKey = (index: number, change: Partial<KeySetting>) => setKeys(keys.map((key, i) => (i === index ? { ...key, ...change } : key)));

  const submit = (event: Event) => {
    event.preventDefault();
    onSave({ urls: urls.split('\n'), trustedKeys: keys, allowUnsignedFileImport: allowUnsigned });
  };

  return (
    <form class="pack-form" onSubmit={submit}>
      <h3>{t('optionsSources')}</h3>
      {urlsByPolicy ? (
        <ReadOnlyList values={policy?.packUrls ?? []} />
      ) : (
        <label>
          {t('optionsSourcesLabel')}
          <textarea name="packUrls" rows={3} spellcheck={false} value={urls} onInput={(e) => setUrls(e.currentTarget.value)} />
          <span class="hint">{t('optionsSourcesHint')}</span>
        </label>
      )}
      {problems
        .filter((problem) => problem.field === 'urls')
        .map((problem) => (
          <p class="field-error" role="alert" key={problem.index}>
            {t('optionsLineProblem', [String(problem.index + 1), packErrorText(problem.error)])}
          </p>
        ))}

      <h3>{t('optionsTrustedKeys')}</h3>
      {keysByPolicy ? (
        <ReadOnlyList values={(policy?.trustedKeys ?? []).map((key) => key.keyId)} />
      ) : (
        <>
          {keys.map((key, index) => {
            const problem = problemFor('trustedKeys', index);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own until a key id is typed
              <fieldset class="trusted-key" key={index}>
                <label>
                  {t('optionsKeyId')}
                  <input name="keyId" value={key.keyId} onInput={(e) => setKey(index, { keyId: e.currentTarget.value })} />
                </label>
                <label>
                  {t('optionsPublicKey')}
                  <textarea name="publicKey" rows={3} spellcheck={false} value={key.publicKey} onInput={(e) => setKey(index, { publicKey: e.currentTarget.value })} />
                </label>
                {problem && <p class="field-error" role="alert">{`${packErrorText(problem.error)} ${problem.error.detail ?? ''}`.trim()}</p>}
                <button type="button" onClick={() => setKeys(keys.filter((_, i) => i !== index))}>
                  {t('optionsRemoveKey')}
                </button>
              </fieldset>
            );
          })}
          <button type="button" onClick={() => setKeys([...keys, { keyId: '', publicKey: '' }])}>
            {t('optionsAddKey')}
          </button>
        </>
      )}
      {(urlsByPolicy || keysByPolicy) && <p class="hint">{t('optionsSetByPolicy')}</p>}

      <h3>{t('optionsDeveloper')}</h3>
      <label class="checkbox">
        <input type="checkbox" name="allowUnsigned" checked={allowUnsigned && !unsignedLocked} disabled={unsignedLocked} onChange={(e) => setAllowUnsigned(e.currentTarget.checked)} />
        {t('optionsAllowUnsigned')}
      </label>
      <p class="hint">{t(unsignedLocked ? 'optionsAllowUnsignedLocked' : 'optionsAllowUnsignedHint')}</p>

      <p class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('optionsSaveSync')}
        </button>
        <button type="button" disabled={busy} onClick={onSyncNow}>
          {busy ? t('optionsSyncing') : t('optionsSyncNow')}
        </button>
      </p>
    </form>
  );
}

function ReadOnlyList({ values }: { values: readonly string[] }) {
  return (
    <ul class="read-only">
      {values.map((value) => (
        <li key={value}>
          <code>{value}</code>
        </li>
      ))}
    </ul>
  );
}
