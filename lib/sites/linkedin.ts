import { ANY_BUTTON, controlsWithin, rowsBeside } from './controls';
import { editorKindOf, isEditable } from './editors';
import type { SelectorRule, SiteAdapter } from './types';

// LinkedIn is moving to hashed class names (from late 2025), so the stable
// hooks come first: Quill's own classes, roles and aria labels, which the
// hashed redesign keeps, then the older named classes.
const editorSelectors = [
  {
    // Quill 1.3 editor of the share dialog and of comment boxes (2024-2026).
    selector: '.ql-editor[contenteditable="true"]',
    matches: 'share box and comment box editors (Quill)',
  },
  {
    // Share dialog editor by its accessible name, whatever the editor library.
    selector: '[role="textbox"][contenteditable="true"][aria-label*="creating content" i]',
    matches: 'share editor, "Text editor for creating content"',
  },
  {
    // Any textbox inside the share dialog (data-test-modal-id seen 2024-2026).
    selector: '[data-test-modal-id="sharebox"] [contenteditable="true"][role="textbox"]',
    matches: 'share dialog textbox',
  },
  {
    // Comment boxes under feed posts (class names seen 2024-2025).
    selector: '.comments-comment-box__form [contenteditable="true"]',
    matches: 'comment box editor',
  },
  {
    // The same comment form with a plain text field (lighter layouts).
    selector: '.comments-comment-box__form textarea',
    matches: 'comment box as a textarea',
  },
  {
    // Last resort, in any language and with hashed class names: a rich
    // textbox inside a dialog (the share dialog; messaging is excluded below).
    selector: '[role="dialog"] [contenteditable="true"][role="textbox"]',
    matches: 'textbox in a dialog (share dialog with unknown markup)',
  },
] as const;

// Messaging is private conversation, not a post: Chorus stays out of it.
const EXCLUDED_CONTAINERS = '.msg-form, [class*="msg-form"], [data-view-name*="messaging"]';
// The share dialog, current and older markup.
const SHARE_DIALOG = '[role="dialog"], .share-box, [data-test-modal-id="sharebox"]';
// A comment box, also when a post is opened in a dialog of its own.
const COMMENT_BOX = '.comments-comment-box, .comments-comment-box__form, [class*="comments-comment-box"]';

const POST_BUTTONS = [
  // Share dialog's Post button (2023-2026); disabled while the editor is empty.
  'button.share-actions__primary-action',
  // Comment box's submit button (2024-2025).
  'button.comments-comment-box__submit-button',
].join(', ');
// The nearest container holding both the editor and its Post button.
const COMPOSER_CONTAINERS = '[role="dialog"], form, .comments-comment-box__form';

// The composer's controls Chorus never covers, inside the share dialog or
// the comment form. Class names first where LinkedIn still has them, then
// what survives hashed classes (roles, aria-labels, any button).
const CONTROLS: readonly SelectorRule[] = [
  { selector: POST_BUTTONS, matches: "share dialog's Post and comment box's Comment buttons (2023-2026)" },
  { selector: '.share-creation-state__footer', matches: "share dialog's footer: emoji, media, event, more, schedule, Post (2023-2026)" },
  { selector: '.artdeco-modal__dismiss, [data-test-modal-close-btn]', matches: "share dialog's close button (artdeco, 2020-2026)" },
  { selector: '.comments-comment-box__detour-container', matches: "comment box's emoji and photo buttons (2024-2025)" },
  ANY_BUTTON,
];
// A comment box's post: its Like/Comment/Repost/Send bar sits just above the box.
const POST_OF_COMMENT = '.feed-shared-update-v2, [role="article"], article';
const SOCIAL_ACTIONS = '.feed-shared-social-action-bar, [role="group"][aria-label*="social" i]';
// The global navigation bar, fixed at the top over everything (2020-2026): a card under it could not be clicked.
const GLOBAL_NAV = '#global-nav, .global-nav, header[role="banner"]';

export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  network: 'linkedin',
  editorSelectors,
  describe(editor) {
    if (!isEditable(editor) || editor.closest(EXCLUDED_CONTAINERS)) return null;
    const surface = editor.closest(COMMENT_BOX) || !editor.closest(SHARE_DIALOG) ? 'comment' : 'share';
    return { editor, kind: editorKindOf(editor), surface };
  },
  postButton(editor) {
    return editor.closest(COMPOSER_CONTAINERS)?.querySelector<HTMLElement>(POST_BUTTONS) ?? null;
  },
  composerControls(editor) {
    // The whole comment box (avatar, form, buttons), else the form, else the dialog.
    const comment = editor.closest('.comments-comment-box') ?? editor.closest('.comments-comment-box__form, form:not([role="dialog"] form)');
    const container = comment ?? editor.closest(COMPOSER_CONTAINERS);
    const controls = [...controlsWithin(container, CONTROLS, editor), ...rowsBeside(editor, container)];
    const nav = document.querySelector(GLOBAL_NAV);
    if (nav) controls.push(nav);
    const post = comment?.closest(POST_OF_COMMENT);
    if (post) controls.push(...controlsWithin(post, [{ selector: SOCIAL_ACTIONS, matches: "the post's social actions" }], editor));
    return [...new Set(controls)];
  },
};
