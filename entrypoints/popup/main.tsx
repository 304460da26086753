import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/PopupView';
import { sendMessage, type Status } from '../../lib/messaging';

const root = document.getElementById('app');
const draw = (status: Status | null) =>
  root && render(<PopupView status={status} onOpenOptions={() => void browser.runtime.openOptionsPage()} />, root);

document.documentElement.lang = browser.i18n.getUILanguage();
draw(null);
void sendMessage('getStatus', {}).then(draw);
