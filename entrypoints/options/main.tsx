import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsView } from '../../components/OptionsView';
import { sendMessage, type Status } from '../../lib/messaging';
import { type Settings, settingsItem } from '../../lib/storage';

const root = document.getElementById('app');
let status: Status | null = null;
let saved = false;

function draw(settings: Settings) {
  if (!root) return;
  render(
    <OptionsView
      settings={settings}
      status={status}
      saved={saved}
      onChange={async (next) => {
        await settingsItem.setValue(next);
        saved = true;
        draw(next);
      }}
    />,
    root,
  );
}

document.documentElement.lang = browser.i18n.getUILanguage();
void Promise.all([settingsItem.getValue(), sendMessage('getStatus', {})]).then(([settings, current]) => {
  status = current;
  draw(settings);
});
