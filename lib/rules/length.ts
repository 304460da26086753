// Too long for the network: X counts 280 weighted characters (links count
// 23, most CJK characters and emoji count 2), as twitter-text computes it;
// LinkedIn allows 3,000. The finding covers the part that will not fit.
import configs from 'twitter-text/dist/esm/configs';
import parseTweet from 'twitter-text/dist/esm/parseTweet';
import { lengthSchema } from './config';
import { makeFinding } from './finding';
import { defineRule } from './rule';

const X_MAX = 280;
const LINKEDIN_MAX = 3000;

export const lengthRule = defineRule('length', lengthSchema, (config) => {
  const xMax = config.max?.x ?? X_MAX;
  const linkedinMax = config.max?.linkedin ?? LINKEDIN_MAX;
  const xOptions = { ...configs.defaults, maxWeightedTweetLength: xMax };

  return {
    id: config.id,
    kind: 'length',
    networks: config.networks,
    check(view) {
      const { text } = view;
      const measured = view.ctx.network === 'x' ? measureX(text, xOptions) : measureUtf16(text, linkedinMax);
      if (measured.count <= measured.max) return [];
      const vars = { max: measured.max, count: measured.count, over: measured.count - measured.max };
      return [makeFinding(config, measured.overflowAt, text.length, vars)];
    },
  };
});

interface Measured {
  count: number;
  max: number;
  overflowAt: number; // first UTF-16 offset that does not fit
}

function measureX(text: string, options: { maxWeightedTweetLength: number }): Measured {
  const parsed = parseTweet(text, options);
  // validRangeEnd is inclusive; it is shifted by NFC normalisation inside
  // twitter-text, so keep it within the text.
  const overflowAt = Math.min(Math.max(parsed.validRangeEnd + 1, 0), text.length);
  return { count: parsed.weightedLength, max: options.maxWeightedTweetLength, overflowAt };
}

// LinkedIn does not document its unit; UTF-16 units (String.length, an
// emoji counts 2) are never fewer than characters, so a post this passes is
// not cut by LinkedIn. Never cut a surrogate pair in half.
function measureUtf16(text: string, max: number): Measured {
  const high = text.charCodeAt(max - 1);
  const overflowAt = high >= 0xd800 && high <= 0xdbff ? max - 1 : max;
  return { count: text.length, max, overflowAt };
}
