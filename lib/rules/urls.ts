// Links as people type them: with a scheme ("https://…") or bare
// ("nordvind.example/jobs", "bit.ly/x"), which LinkedIn and X turn into links
// too. Shared by the links rule, required-content's linksToDomains and the
// substitution rule (which must not rewrite the inside of a link).
import type { Tokens } from '../text/tokenize';

export interface FoundUrl {
  start: number;
  end: number;
  text: string;
  scheme?: 'http' | 'https';
  host: string; // lowercase, without user info or port
}

// Found from anchors, not by a RegExp tried at every position: a Unicode
// expression scanned over a whole post cost more than all other checks
// together (measured in bench/). Scheme links start at "http(s)://" (a
// literal, which the RegExp engine finds fast); a bare host is tried once
// per run of words joined by single dots or hyphens ("nordvind.example"),
// taken from the words the check has already cut.
const SCHEME = /\bhttps?:\/\//gi;
// Labels end in a letter or digit and are followed by a dot, so the nested
// repetition cannot backtrack on itself.
const BARE_HOST =
  /((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.)+(\p{L}{2,24}))(?![\p{L}\p{N}@_-])(?::\d{1,5})?(?:[/?#][^\s<>"]*)?/uy;
const URL_END = /[\s<>"]/;

// Bare names need a top-level domain people actually type, or "Node.js" and
// "report.pdf" would be links. Packs add their own domains (known).
const COMMON_TLDS = new Set(
  'com org net io co ai app dev eu dk nl ru de uk se no fi be fr es it ch at pl us ca ly gl gg me tv info biz xyz online site tech news blog jobs example рф'.split(
    ' ',
  ),
);

const TRAILING = '.,;:!?\'"»”’)]}';

export function findUrls(text: string, tokens: Tokens, known: ReadonlySet<string>): FoundUrl[] {
  const schemes = schemeUrls(text);
  const bare: FoundUrl[] = [];
  const { starts, ends } = tokens;
  let next = 0; // the first scheme link that may still lie ahead
  let runStart = 0; // first word of the current dotted run
  let tried = -1; // the run already tried
  let consumed = 0; // end of the last bare link
  let joinedToPrevious = false;
  for (let i = 0; i + 1 < starts.length; i++) {
    const end = ends[i] as number;
    const joiner = text.charCodeAt(end);
    const joined = starts[i + 1] === end + 1 && (joiner === 46 || joiner === 45);
    if (!joinedToPrevious) runStart = i;
    joinedToPrevious = joined;
    if (!joined || joiner !== 46 || tried === runStart) continue;
    tried = runStart;
    const start = starts[runStart] as number;
    while (next < schemes.length && (schemes[next] as FoundUrl).end <= start) next++;
    // Not part of an e-mail address, a path, a scheme link or the last link.
    if (start < consumed || '@/_.-'.includes(text.charAt(start - 1) || ' ')) continue;
    if (next < schemes.length && (schemes[next] as FoundUrl).start <= start) continue;
    BARE_HOST.lastIndex = start;
    const m = BARE_HOST.exec(text);
    if (!m) continue;
    const raw = trimTrailing(m[0]);
    const host = (m[1] ?? '').toLowerCase();
    const tld = m[2] ?? '';
    // "ASP.NET" is a product, "Nordvind.example" a link: domains are typed lowercase.
    const plausible =
      host.startsWith('www.') || (tld === tld.toLowerCase() && COMMON_TLDS.has(tld)) || isKnown(host, known);
    if (plausible) bare.push({ start, end: start + raw.length, text: raw, host });
    consumed = start + m[0].length;
  }
  return bare.length === 0 ? schemes : [...schemes, ...bare].sort((a, b) => a.start - b.start);
}

function schemeUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  SCHEME.lastIndex = 0;
  for (let m = SCHEME.exec(text); m !== null; m = SCHEME.exec(text)) {
    let end = m.index + m[0].length;
    while (end < text.length && !URL_END.test(text.charAt(end))) end++;
    SCHEME.lastIndex = end;
    const raw = trimTrailing(text.slice(m.index, end));
    const scheme = m[0].length === 8 ? 'https' : 'http';
    const host = hostOf(raw.slice(scheme.length + 3));
    if (host) found.push({ start: m.index, end: m.index + raw.length, text: raw, scheme, host });
  }
  return found;
}

export function hostMatches(host: string, domain: string): boolean {
  return host === domain || (host.endsWith(domain) && host[host.length - domain.length - 1] === '.');
}

function isKnown(host: string, known: ReadonlySet<string>): boolean {
  for (const domain of known) if (hostMatches(host, domain)) return true;
  return false;
}

function hostOf(afterScheme: string): string {
  let end = 0;
  while (end < afterScheme.length && !'/?#'.includes(afterScheme.charAt(end))) end++;
  const authority = afterScheme.slice(0, end);
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  const colon = hostPort.lastIndexOf(':');
  return (colon < 0 ? hostPort : hostPort.slice(0, colon)).toLowerCase();
}

// Sentence punctuation after a link is not part of it; a closing
// parenthesis the link opened is (Wikipedia-style links).
function trimTrailing(url: string): string {
  let end = url.length;
  while (end > 0 && TRAILING.includes(url.charAt(end - 1))) end--;
  let out = url.slice(0, end);
  if (url.charAt(end) === ')' && count(out, '(') > count(out, ')')) out += ')';
  return out;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
