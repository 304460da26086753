import { ANY_BUTTON, controlsWithin, rowsBeside } from './controls';
import { editorKindOf, isEditable } from './editors';
import type { SelectorRule, SiteAdapter } from './types';

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

// Post buttons: the home timeline's inline one and the dialogs' one (2023-2026).
const POST_BUTTONS = '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]';
// The composer's controls Chorus never covers (2023-2026), inside the
// dialog or the inline composer (the editor's nearest ancestor holding Post).
const CONTROLS: readonly SelectorRule[] = [
  { selector: POST_BUTTONS, matches: 'Post and Reply buttons' },
  { selector: '[data-testid="toolBar"]', matches: 'media, GIF, poll, emoji and schedule toolbar under the editor' },
  { selector: '[data-testid="app-bar-close"]', matches: "the compose and reply dialogs' close button" },
  // X draws the character ring as an svg progress bar beside Post, with no test id.
  { selector: '[role="progressbar"]', matches: 'character counter ring' },
  ANY_BUTTON,
];

// How far up from the editor to look for its toolbar; X nests about 10 deep.
const MAX_TOOLBAR_DEPTH = 14;

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
  postButton(editor) {
    return postButtonOf(editor);
  },
  composerControls(editor) {
    const post = postButtonOf(editor);
    const container = editor.closest('[role="dialog"]') ?? composerAround(editor, post);
    const controls = [...controlsWithin(container, CONTROLS, editor), ...rowsBeside(editor, container)];
    // The group around Post holds the counter ring and the add-to-thread button.
    if (post?.parentElement && !post.parentElement.contains(editor)) controls.push(post.parentElement);
    return [...new Set(controls)];
  },
};

function postButtonOf(editor: HTMLElement): HTMLElement | null {
  let el: HTMLElement | null = editor.parentElement;
  for (let depth = 0; el && depth < MAX_TOOLBAR_DEPTH; depth++, el = el.parentElement) {
    const button = el.querySelector<HTMLElement>(POST_BUTTONS);
    if (button) return button;
  }
  return null;
}

/** The inline composer: the editor's nearest ancestor that holds its Post button. */
function composerAround(editor: HTMLElement, post: HTMLElement | null): Element | null {
  if (!post) return null;
  let el: HTMLElement | null = editor.parentElement;
  while (el && !el.contains(post)) el = el.parentElement;
  return el;
}
