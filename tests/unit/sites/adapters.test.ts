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
