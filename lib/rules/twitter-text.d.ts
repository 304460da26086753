// twitter-text ships no types. It is only the reference in tests (the length
// rule uses the lean x-weighted-length.ts); only the file they import is
// declared.
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
