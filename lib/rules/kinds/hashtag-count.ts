// Too many hashtags read as spam and lower reach on both networks. The
// finding covers the hashtags past the limit. No fix: which ones to keep is
// the writer's call (one may be the required campaign hashtag).
import * as z from 'zod/mini';
import { makeFinding } from '../finding';
import { findHashtags } from '../../text/hashtags';
import { defineRule } from '../rule';

// Placeholders: {max}, {count}.
const options = {
  max: z.number().check(z.int(), z.gte(0), z.lte(100)),
};

export const hashtagCountRule = defineRule('hashtag-count', options, (config) => ({
  guard: (_before, after, firedBefore) => !firedBefore && findHashtags(after.text()).length > config.max,
  check(view) {
    const hashtags = findHashtags(view.text);
    const firstExtra = hashtags[config.max];
    const last = hashtags[hashtags.length - 1];
    if (firstExtra === undefined || last === undefined) return [];
    return [makeFinding(config, firstExtra.start, last.end, { max: config.max, count: hashtags.length })];
  },
}));
