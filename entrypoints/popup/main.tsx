import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/PopupView';
import { sendMessage, type Status } from '../../lib/messaging';
import { openShortcutSettings, readOpenPanelShortcut, showShortcutState } from '../../lib/shortcut-settings';

const root = document.getElementById('app');
let status: Status | null = null;
let shortcut: string | null | undefined;
let settingsFailed = false;
const setShortcut = async () => {
  settingsFailed = !(await openShortcutSettings());
  if (!settingsFailed) window.close();
  draw();
};
const draw = () =>
  root &&
  render(
    <PopupView
      status={status}
      shortcut={shortcut}
      onSetShortcut={() => void setShortcut()}
      settingsFailed={settingsFailed}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />,
    root,
  );

document.documentElement.lang = browser.i18n.getUILanguage();
draw();
void sendMessage('getStatus', {}).then((answer) => {
  status = answer;
  draw();
});
// Empty when the person removed the shortcut, or the browser kept its keys
// for itself or gave them to another extension (lib/commands.ts).
void readOpenPanelShortcut().then((keys) => {
  shortcut = keys;
  draw();
  // The toolbar button's "no shortcut" badge follows what is true now.
  void showShortcutState(keys);
});
