import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { type Handlers, handleMessages, type MessageType, SENDERS } from '../../lib/messaging';

// The background answers every request of the protocol, but requests that
// change what Chorus trusts only from the extension's own pages. The list of
// requests comes from the protocol itself (SENDERS is checked against it at
// compile time), so a new request is tested without editing this file.

const TYPES = Object.keys(SENDERS) as MessageType[];
const answer = { outcomes: [], status: null };
const handlers = Object.fromEntries(TYPES.map((type) => [type, vi.fn(async () => answer)])) as unknown as Handlers;

afterEach(() => {
  fakeBrowser.reset();
  vi.clearAllMocks();
});

// The fake's trigger is typed without sendResponse, which handleMessages uses.
const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (message: unknown, sender: unknown, respond: (value: unknown) => void) => Promise<unknown[]>;

async function deliver(type: string, senderUrl: string): Promise<unknown> {
  return new Promise((resolve) => {
    void trigger({ type, payload: {} }, { url: senderUrl }, resolve).then((returned) => {
      // A listener that does not take the message returns undefined and never answers.
      if (returned.every((value) => value !== true)) resolve('not answered');
    });
  });
}

const optionsPage = `chrome-extension://${fakeBrowser.runtime.id}/options.html`;
const contentPages = ['https://www.linkedin.com/feed/', 'https://x.com/home', 'https://twitter.com/compose/post'];

describe('who may ask what', () => {
  it('the protocol names every request, the draft check among them', () => {
    expect(TYPES).toContain('checkDraft');
    expect(TYPES.length).toBe(new Set(TYPES).size);
  });

  it.each(TYPES.filter((type) => SENDERS[type] === 'content-and-pages'))('%s: from content scripts and the extension’s pages', async (type) => {
    handleMessages(handlers);
    for (const url of [...contentPages, optionsPage]) expect(await deliver(type, url), url).toBe(answer);
    expect(handlers[type]).toHaveBeenCalledTimes(contentPages.length + 1);
  });

  it.each(TYPES.filter((type) => SENDERS[type] === 'extension-pages'))('%s: only from the extension’s pages', async (type) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    handleMessages(handlers);
    for (const url of contentPages) expect(await deliver(type, url), url).toBe('not answered');
    // A page that only looks like the extension's: another extension's id.
    expect(await deliver(type, 'chrome-extension://someotherextensionid/options.html')).toBe('not answered');
    expect(handlers[type]).not.toHaveBeenCalled();
    expect(await deliver(type, optionsPage)).toBe(answer);
  });

  it('what may change trust or installs is page-only', () => {
    const pageOnly = TYPES.filter((type) => SENDERS[type] === 'extension-pages').sort();
    expect(pageOnly).toEqual(['getPackSettings', 'importPack', 'removeImportedPack', 'setPackSettings', 'syncNow']);
  });

  it('ignores messages that are not the protocol', async () => {
    handleMessages(handlers);
    expect(await deliver('somethingElse', optionsPage)).toBe('not answered');
    expect(await deliver('constructor', optionsPage)).toBe('not answered');
  });
});
