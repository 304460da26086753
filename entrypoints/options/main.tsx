import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsView, type PackPanel } from '../../components/OptionsView';
import { packErrorText } from '../../components/packs/pack-text';
import type { Notice } from '../../components/types';
import { t } from '../../lib/i18n';
import { type ImportResult, type PackSettingsView, type SettingsProblem, sendMessage, type Status } from '../../lib/messaging';
import { type Settings, settingsItem } from '../../lib/storage';

// Glue for the options page: state lives here, the view gets it as props,
// every change to packs goes through the background.
const root = document.getElementById('app');
const state: {
  settings: Settings;
  status: Status | null;
  view: PackSettingsView | null;
  problems: SettingsProblem[];
  busy: boolean;
  importNotice: Notice | null;
  saved: boolean;
} = { settings: { team: '', role: '' }, status: null, view: null, problems: [], busy: false, importNotice: null, saved: false };

function draw() {
  if (!root) return;
  render(<OptionsView settings={state.settings} status={state.status} saved={state.saved} onChange={saveSettings} packs={packPanel()} />, root);
}

function packPanel(): PackPanel | null {
  if (state.view === null) return null;
  const { view, problems, busy, importNotice } = state;
  return { view, problems, busy, importNotice, onSave: savePacks, onSyncNow: syncNow, onImportFile: importFile, onRemoveImported: removeImported };
}

/** Runs a background request with the buttons disabled, then redraws. */
async function busyWith(task: () => Promise<void>) {
  state.busy = true;
  draw();
  try {
    await task();
  } finally {
    state.busy = false;
    draw();
  }
}

async function saveSettings(next: Settings) {
  await settingsItem.setValue(next);
  state.settings = next;
  state.saved = true;
  state.status = await sendMessage('getStatus', {});
  draw();
}

function savePacks(settings: PackSettingsView['settings']) {
  void busyWith(async () => {
    const answer = await sendMessage('setPackSettings', { settings });
    state.problems = answer.ok ? [] : answer.problems;
    if (!answer.ok) return;
    state.view = await sendMessage('getPackSettings', {});
    state.status = (await sendMessage('syncNow', {})).status;
  });
}

function syncNow() {
  void busyWith(async () => {
    state.status = (await sendMessage('syncNow', {})).status;
  });
}

function importFile(file: File) {
  void busyWith(async () => {
    const { result, status } = await sendMessage('importPack', { text: await file.text() });
    state.status = status;
    state.importNotice = importNotice(result);
  });
}

function importNotice(result: ImportResult): Notice {
  if (!result.ok) {
    const reason = [packErrorText(result.error), result.error.detail].filter((part) => part !== undefined).join(' ');
    return { tone: 'error', text: t('optionsImportRefused', reason) };
  }
  if (result.unchanged) return { tone: 'success', text: t('optionsImportUnchanged') };
  const { publisher, version, items } = result.installed;
  return { tone: 'success', text: t('optionsImported', [publisher, String(version), String(items)]) };
}

function removeImported() {
  void busyWith(async () => {
    state.status = (await sendMessage('removeImportedPack', {})).status;
    state.importNotice = null;
  });
}

document.documentElement.lang = browser.i18n.getUILanguage();
void Promise.all([settingsItem.getValue(), sendMessage('getStatus', {}), sendMessage('getPackSettings', {})]).then(([settings, status, view]) => {
  Object.assign(state, { settings, status, view });
  draw();
});
