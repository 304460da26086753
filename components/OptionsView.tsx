import { t } from '../lib/i18n';
import type { PackSettings, PackSettingsView, SettingsProblem, Status } from '../lib/messaging';
import type { Settings } from '../lib/storage';
import { PackImport } from './packs/PackImport';
import { PackProblems } from './packs/PackProblems';
import { PackSourcesForm } from './packs/PackSourcesForm';
import { PackStatusList } from './packs/PackStatusList';
import type { Notice } from './types';

export interface PackPanel {
  view: PackSettingsView;
  problems: SettingsProblem[];
  busy: boolean;
  importNotice: Notice | null;
  onSave: (settings: PackSettings) => void;
  onSyncNow: () => void;
  onImportFile: (file: File) => void;
  onRemoveImported: () => void;
}

interface Props {
  settings: Settings;
  status: Status | null;
  saved: boolean;
  onChange: (settings: Settings) => void;
  /** null until the background has answered. */
  packs: PackPanel | null;
}

export function OptionsView({ settings, status, saved, onChange, packs }: Props) {
  const policy = packs?.view.policy ?? null;
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <section>
        <label>
          {t('optionsTeam')}
          <input
            name="team"
            value={policy?.team ?? settings.team}
            disabled={policy?.team !== undefined}
            onChange={(event) => onChange({ ...settings, team: event.currentTarget.value.trim() })}
          />
        </label>
        <label>
          {t('optionsRole')}
          <input
            name="role"
            value={policy?.role ?? settings.role}
            disabled={policy?.role !== undefined}
            onChange={(event) => onChange({ ...settings, role: event.currentTarget.value.trim() })}
          />
        </label>
        <p class="hint">{t(policy?.team !== undefined || policy?.role !== undefined ? 'optionsSetByPolicy' : 'optionsAudienceHint')}</p>
        {saved && <p role="status">{t('optionsSaved')}</p>}
      </section>
      <section class="packs">
        <h2>{t('optionsPack')}</h2>
        {status && <PackStatusList status={status} />}
        {status && <p>{t('popupItems', String(status.activeItems))}</p>}
        {status && <PackProblems problems={status.packProblems} />}
        {packs && packs.view.policyProblems.length > 0 && (
          <div class="policy-problems" role="alert">
            <p>{t('optionsPolicyProblems')}</p>
            <ul>
              {packs.view.policyProblems.map((problem) => (
                <li key={problem}>
                  <code>{problem}</code>
                </li>
              ))}
            </ul>
          </div>
        )}
        {packs && <PackSourcesForm view={packs.view} problems={packs.problems} busy={packs.busy} onSave={packs.onSave} onSyncNow={packs.onSyncNow} />}
        {packs && (
          <PackImport
            notice={packs.importNotice}
            busy={packs.busy}
            hasImported={status?.sources.some((source) => source.kind === 'file') ?? false}
            onFile={packs.onImportFile}
            onRemove={packs.onRemoveImported}
          />
        )}
      </section>
      <p class="privacy">{t('optionsPrivacy')}</p>
    </main>
  );
}
