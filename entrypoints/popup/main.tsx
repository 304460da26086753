import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/PopupView';
import { sendMessage, type Status } from '../../lib/messaging';

const root = document.getElementById('app');
let status: Status | null = null;
let shortcut: string | null | undefined;
let settingsFailed = false;
const setShortcut = async () => {
  settingsFailed = !(await sendMessage('openShortcutSettings', {}))?.ok;
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
// for itself or gave them to another extension (lib/tab-messaging.ts). Asking
// also brings the toolbar button's "no shortcut" badge up to date.
void sendMessage('getShortcut', {}).then((answer) => {
  shortcut = answer?.shortcut ?? null;
  draw();
});
