import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/PopupView';
import { openPanelShortcut } from '../../lib/commands';
import { sendMessage, type Status } from '../../lib/messaging';

const root = document.getElementById('app');
let status: Status | null = null;
let shortcut: string | null = null;
const draw = () =>
  root && render(<PopupView status={status} shortcut={shortcut} onOpenOptions={() => void browser.runtime.openOptionsPage()} />, root);

document.documentElement.lang = browser.i18n.getUILanguage();
draw();
void sendMessage('getStatus', {}).then((answer) => {
  status = answer;
  draw();
});
// Empty when the person removed the shortcut, or the browser gave its keys to another extension.
void browser.commands.getAll().then((commands) => {
  shortcut = openPanelShortcut(commands);
  draw();
});
