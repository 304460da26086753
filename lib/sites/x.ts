import { editorKindOf, isEditable } from './editors';
import type { SiteAdapter } from './types';

const editorSelectors = [
  {
    // Draft.js editor of every post composer: home timeline, modal, reply;
    // a thread adds tweetTextarea_1, _2 ... (2023-2026).
    selector: '[data-testid^="tweetTextarea_"][contenteditable="true"]',
    matches: 'post, reply and thread composers',
  },
  {
    // The same editor by Draft.js's own class, should X drop the test ids.
    selector: '.public-DraftEditor-content[contenteditable="true"][role="textbox"]',
    matches: 'post composer (Draft.js root)',
  },
] as const;

// Direct messages are private conversation: Chorus stays out of them.
const EXCLUDED_CONTAINERS = '[data-testid="DmActivityContainer"], [data-testid="dmComposerTextInput"], [data-testid="DMDrawer"]';
// Replies show the post they answer inside the dialog.
const REPLIED_POST = 'article[data-testid="tweet"]';

export const xAdapter: SiteAdapter = {
  site: 'x',
  network: 'x',
  editorSelectors,
  describe(editor) {
    if (!isEditable(editor) || editor.closest(EXCLUDED_CONTAINERS)) return null;
    const dialog = editor.closest('[role="dialog"]');
    const surface = !dialog ? 'inline' : dialog.querySelector(REPLIED_POST) ? 'reply' : 'modal';
    return { editor, kind: editorKindOf(editor), surface };
  },
};
