// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { linkedinAdapter } from '../../../lib/sites/linkedin';
import { xAdapter } from '../../../lib/sites/x';
import type { SiteAdapter } from '../../../lib/sites/types';

// What each adapter finds and how it names it, on markup shaped like the
// sites' (and like their redesigns: hashed classes, other languages).

function page(html: string): void {
  document.body.innerHTML = html;
}

// Every editor the adapter's selectors match, described.
function composers(adapter: SiteAdapter) {
  const selector = adapter.editorSelectors.map((rule) => rule.selector).join(', ');
  return [...document.querySelectorAll<HTMLElement>(selector)].map((el) => adapter.describe(el)).filter((c) => c !== null);
}

afterEach(() => document.body.replaceChildren());

describe('LinkedIn adapter', () => {
  it('finds the share dialog and a comment box, each by name', () => {
    page(`
      <div role="dialog" data-test-modal-id="sharebox"><div class="ql-editor" contenteditable="true" role="textbox"></div></div>
      <form class="comments-comment-box__form"><div class="ql-editor" contenteditable="true"></div></form>`);
    expect(composers(linkedinAdapter).map((c) => c.surface)).toEqual(['share', 'comment']);
  });

  it('finds a rich textbox in a dialog with hashed classes and a Danish label', () => {
    page(`<div role="dialog" class="a1b2c3"><div class="x9y8" contenteditable="true" role="textbox" aria-label="Teksteditor til oprettelse af indhold"></div></div>`);
    expect(composers(linkedinAdapter).map((c) => [c.surface, c.kind])).toEqual([['share', 'contenteditable']]);
  });

  it('calls a comment box a comment box, also in a post opened as a dialog', () => {
    page(`<div role="dialog"><article><div class="comments-comment-box"><form class="comments-comment-box__form"><div class="ql-editor" contenteditable="true"></div></form></div></article></div>`);
    expect(composers(linkedinAdapter).map((c) => c.surface)).toEqual(['comment']);
  });

  it('takes a comment form with a plain text field too', () => {
    page(`<form class="comments-comment-box__form"><textarea></textarea></form>`);
    expect(composers(linkedinAdapter).map((c) => [c.surface, c.kind])).toEqual([['comment', 'textarea']]);
  });

  it('stays out of messaging, even in a dialog', () => {
    page(`<div role="dialog"><div class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox"></div></div></div>`);
    expect(composers(linkedinAdapter)).toEqual([]);
  });
});

describe('X adapter', () => {
  it('tells the home composer, the modal and a reply apart', () => {
    page(`
      <div data-testid="tweetTextarea_0" contenteditable="true" role="textbox" class="public-DraftEditor-content"></div>
      <div role="dialog"><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div></div>
      <div role="dialog"><article data-testid="tweet"></article><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div></div>`);
    expect(composers(xAdapter).map((c) => [c.surface, c.kind])).toEqual([
      ['inline', 'draft'],
      ['modal', 'contenteditable'],
      ['reply', 'contenteditable'],
    ]);
  });

  it('stays out of direct messages', () => {
    page(`<div data-testid="DmActivityContainer"><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div></div>`);
    expect(composers(xAdapter)).toEqual([]);
  });
});

// What each adapter lists as the composer's controls, which Chorus must never cover.
describe('composer controls', () => {
  const names = (els: Element[]) => els.map((el) => el.getAttribute('data-name')).filter((n) => n !== null).sort();

  it('LinkedIn share dialog: close, toolbar and Post, not the editor nor what is outside', () => {
    page(`
      <button data-name="outside">Start a post</button>
      <div role="dialog"><button class="artdeco-modal__dismiss" data-name="close"></button>
        <div class="ql-editor" contenteditable="true" role="textbox"><a href="#">link</a></div>
        <div class="share-creation-state__footer" data-name="footer"><button data-name="emoji"></button>
          <button class="share-actions__primary-action" data-name="post">Post</button></div></div>`);
    const editor = document.querySelector<HTMLElement>('.ql-editor');
    if (!editor) throw new Error('no editor');
    expect(names(linkedinAdapter.composerControls?.(editor) ?? [])).toEqual(['close', 'emoji', 'footer', 'post']);
  });

  it("LinkedIn comment box: its buttons and the post's Like/Comment/Repost bar", () => {
    page(`
      <div class="feed-shared-update-v2" role="article"><button data-name="follow"></button>
        <div class="feed-shared-social-action-bar" role="group" data-name="actions"><button>Like</button></div>
        <div class="comments-comment-box"><form class="comments-comment-box__form">
          <div class="ql-editor" contenteditable="true"></div>
          <button class="comments-comment-box__submit-button" data-name="comment">Comment</button></form></div></div>`);
    const editor = document.querySelector<HTMLElement>('.ql-editor');
    if (!editor) throw new Error('no editor');
    expect(names(linkedinAdapter.composerControls?.(editor) ?? [])).toEqual(['actions', 'comment']);
  });

  it('X inline composer: toolbar, counter group and Post; the dialog: its close button too', () => {
    page(`
      <div class="composer"><div><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div></div>
        <div><nav data-testid="toolBar" data-name="toolbar"><button data-name="media"></button></nav>
          <div data-name="actions"><div data-name="counter"></div><button data-testid="tweetButtonInline" data-name="post">Post</button></div></div></div>
      <div role="dialog"><button data-testid="app-bar-close" data-name="close"></button>
        <div><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div></div>
        <button data-testid="tweetButton" data-name="reply">Reply</button></div>`);
    const [inline, modal] = [...document.querySelectorAll<HTMLElement>('[data-testid="tweetTextarea_0"]')];
    if (!inline || !modal) throw new Error('no editors');
    expect(names(xAdapter.composerControls?.(inline) ?? [])).toEqual(['actions', 'media', 'post', 'toolbar']);
    expect(names(xAdapter.composerControls?.(modal) ?? [])).toEqual(['close', 'reply']);
  });
});
