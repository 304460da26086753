import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { type Handlers, handleMessages } from '../../lib/messaging';

// The background answers every request of the protocol, but requests that
// change what Chorus trusts only from the extension's own pages.

const answer = { outcomes: [], status: null };
const handlers = Object.fromEntries(
  ['getSuggestions', 'recordInsert', 'getStatus', 'getPackSettings', 'setPackSettings', 'syncNow', 'importPack', 'removeImportedPack'].map((type) => [type, vi.fn(async () => answer)]),
) as unknown as Handlers;

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

describe('who may ask what', () => {
  const optionsPage = `chrome-extension://${fakeBrowser.runtime.id}/options.html`;

  it('content scripts get suggestions and status', async () => {
    handleMessages(handlers);
    expect(await deliver('getSuggestions', 'https://www.linkedin.com/feed/')).toBe(answer);
    expect(await deliver('getStatus', 'https://x.com/home')).toBe(answer);
  });

  it.each(['getPackSettings', 'setPackSettings', 'syncNow', 'importPack', 'removeImportedPack'])('%s only from the extension\'s pages', async (type) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    handleMessages(handlers);
    expect(await deliver(type, 'https://www.linkedin.com/feed/')).toBe('not answered');
    expect(handlers[type as keyof Handlers]).not.toHaveBeenCalled();
    expect(await deliver(type, optionsPage)).toBe(answer);
  });

  it('ignores messages that are not the protocol', async () => {
    handleMessages(handlers);
    expect(await deliver('somethingElse', optionsPage)).toBe('not answered');
  });
});
