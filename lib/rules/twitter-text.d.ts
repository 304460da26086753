// twitter-text ships no types. Only the two files the length rule imports
// are declared: importing them, not the package index, keeps the autolink
// code out of the content script (about 49 KB instead of 85 KB minified).
declare module 'twitter-text/dist/esm/parseTweet' {
  export interface ParsedTweet {
    weightedLength: number;
    valid: boolean;
    permillage: number;
    validRangeStart: number;
    validRangeEnd: number; // inclusive, UTF-16
    displayRangeStart: number;
    displayRangeEnd: number;
  }
  export interface TweetConfig {
    maxWeightedTweetLength: number;
    [option: string]: unknown;
  }
  export default function parseTweet(text: string, options?: TweetConfig): ParsedTweet;
}

declare module 'twitter-text/dist/esm/configs' {
  import type { TweetConfig } from 'twitter-text/dist/esm/parseTweet';
  const configs: { defaults: TweetConfig };
  export default configs;
}
