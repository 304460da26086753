// Too many hashtags read as spam and lower reach on both networks. The
// finding covers the hashtags past the limit. No fix: which ones to keep is
// the writer's call (one may be the required campaign hashtag).
import { hashtagCountSchema } from './config';
import { makeFinding } from './finding';
import { findHashtags } from '../text/hashtags';
import { defineRule } from './rule';

export const hashtagCountRule = defineRule('hashtag-count', hashtagCountSchema, (config) => ({
  id: config.id,
  kind: 'hashtag-count',
  severity: config.severity,
  networks: config.networks,
  guard: (_before, after, firedBefore) => !firedBefore && findHashtags(after.text()).length > config.max,
  check(view) {
    const hashtags = findHashtags(view.text);
    const firstExtra = hashtags[config.max];
    const last = hashtags[hashtags.length - 1];
    if (firstExtra === undefined || last === undefined) return [];
    return [makeFinding(config, firstExtra.start, last.end, { max: config.max, count: hashtags.length })];
  },
}));
