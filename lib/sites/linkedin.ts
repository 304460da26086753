import { editorKindOf, isEditable } from './editors';
import type { SiteAdapter } from './types';

// LinkedIn is moving to hashed class names (from late 2025), so the stable
// hooks come first: Quill's own classes, roles and aria labels. See shared/SITES.md.
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
] as const;

// Messaging is private conversation, not a post: Chorus stays out of it.
const EXCLUDED_CONTAINERS = '.msg-form, [class*="msg-form"], [data-view-name*="messaging"]';
// The share dialog, current and older markup.
const SHARE_DIALOG = '[role="dialog"], .share-box, [data-test-modal-id="sharebox"]';

const POST_BUTTONS = [
  // Share dialog's Post button (2023-2026); disabled while the editor is empty.
  'button.share-actions__primary-action',
  // Comment box's submit button (2024-2025).
  'button.comments-comment-box__submit-button',
].join(', ');
// The nearest container holding both the editor and its Post button.
const COMPOSER_CONTAINERS = '[role="dialog"], form, .comments-comment-box__form';

export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  network: 'linkedin',
  editorSelectors,
  describe(editor) {
    if (!isEditable(editor) || editor.closest(EXCLUDED_CONTAINERS)) return null;
    const surface = editor.closest(SHARE_DIALOG) ? 'share' : 'comment';
    return { editor, kind: editorKindOf(editor), surface };
  },
  postButton(editor) {
    return editor.closest(COMPOSER_CONTAINERS)?.querySelector<HTMLElement>(POST_BUTTONS) ?? null;
  },
};
