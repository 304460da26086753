import { sendMessage } from '../messaging';
import type { Network } from '../pack/schema';
import type { DraftCheck } from './checks';

// How a composer's draft reaches the rules: the extension's own worker, on
// this device, and nowhere else. Its own file, apart from the suggestions, so
// a draft is checked from the first key even while suggestions still load.

export function draftCheckFor(network: Network): DraftCheck {
  return async (text, { lockedSpans, insertedItemIds }) => (await sendMessage('checkDraft', { network, text, lockedSpans, insertedItemIds })).findings;
}
