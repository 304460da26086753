import { openRequestPort, type RequestPort } from '../messaging/request-port';
import type { Network } from '../pack/schema';
import type { DraftCheck } from './checks';

// How a composer's draft reaches the rules: the extension's own worker, on
// this device, and nowhere else. Its own file, apart from the suggestions, so
// a draft is checked from the first key even while suggestions still load.
// Over one port per page, opened on the first check (lib/messaging/request-port.ts: a
// message channel per pause in typing cost the page more than the check).

let requests: RequestPort | null = null;

export function draftCheckFor(network: Network): DraftCheck {
  return async (text, { lockedSpans, insertedItemIds }) => {
    requests ??= openRequestPort();
    return (await requests.request('checkDraft', { network, text, lockedSpans, insertedItemIds })).findings;
  };
}
