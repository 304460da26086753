// X's weighted length (280 max), as twitter-text's parseTweet computes it
// with config v3, without twitter-text itself: that library pulls ~48 KB of
// minified code (core-js polyfills, a TLD list, twemoji) into the content
// script, which loads on every X page. Checked against twitter-text in
// tests/unit/rules/x-weighted-length.test.ts.
//
// v3: scale 100, default weight 200; code points in these ranges weigh 100;
// an emoji sequence weighs 200; a URL weighs 23 characters.

const LIGHT_RANGES: readonly [number, number][] = [
  [0, 4351], // Latin, Greek, Cyrillic, Hebrew, Arabic, Indic... up to Georgian
  [8192, 8205], // general punctuation: spaces
  [8208, 8223], // dashes and quotes
  [8242, 8247], // primes
];
const URL_WEIGHT = 23;

// Links with a scheme, or a bare domain under a common TLD; trailing
// punctuation is not part of the link, as in twitter-text. Like twitter-text,
// reserved names (.example, .test, .local ...) are no TLD, so no link.
const LINK =
  /(?<![\p{L}\p{N}@.\-/])(?:https?:\/\/(?:[\p{L}\p{N}-]+\.)+(?!(?:example|test|invalid|localhost|local|internal)\b)[\p{L}\p{N}-]{2,}|(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|co|info|biz|app|dev|ai|me|tv|eu|[a-z]{2}))(?::\d{1,5})?(?:\/[^\s]*?)?(?=[.,;:!?'")\]]*(?:\s|$))/giu;

// An emoji: a pictograph with its modifiers and joined parts, a flag (two
// regional indicators) or a keycap.
const EMOJI =
  /\p{RI}\p{RI}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}(?:\uFE0F|\p{EMod})?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{EMod})?)*|[\u{1F1E6}-\u{1F1FF}]/uy;

// Only these can start an emoji: keycap bases, © and ®, and everything from
// ‼ (U+203C) up, surrogates included. Trying the Unicode expression at every
// other character cost most of a check on X (about 80 µs for 270 characters).
function mayStartEmoji(code: number): boolean {
  return code >= 0x203c || code === 0xa9 || code === 0xae || code === 35 || code === 42 || (code >= 48 && code <= 57);
}

function emojiAt(text: string, i: number): RegExpExecArray | null {
  EMOJI.lastIndex = i;
  return EMOJI.exec(text);
}

function weightOf(codeUnit: number): number {
  for (const [start, end] of LIGHT_RANGES) if (codeUnit >= start && codeUnit <= end) return 100;
  return 200;
}

export interface XLength {
  weightedLength: number;
  /** UTF-16 offset (in the text as given) of the first character that does not fit in `max`. */
  overflowAt: number;
}

export function xWeightedLength(input: string, max = 280): XLength {
  const text = input.normalize('NFC');
  const urls = new Map<number, number>();
  for (const match of text.matchAll(LINK)) urls.set(match.index, match[0].length);
  let weighted = 0;
  let overflowAt = -1;
  for (let i = 0; i < text.length; ) {
    let step = 1;
    const url = urls.get(i);
    if (url !== undefined) {
      weighted += URL_WEIGHT * 100;
      step = url;
    } else {
      const emoji = mayStartEmoji(text.charCodeAt(i)) ? emojiAt(text, i) : null;
      if (emoji) {
        weighted += 200;
        step = emoji[0].length;
      } else {
        const code = text.charCodeAt(i);
        // A surrogate pair counts once, by its low half (always 200).
        step = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
        weighted += weightOf(text.charCodeAt(i + step - 1));
      }
    }
    if (overflowAt < 0 && weighted > max * 100) overflowAt = i;
    i += step;
  }
  const shift = input.length - text.length;
  return { weightedLength: weighted / 100, overflowAt: overflowAt < 0 ? input.length : Math.min(input.length, overflowAt + shift) };
}
