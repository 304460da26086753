// Links as people type them: with a scheme ("https://…") or bare
// ("nordvind.example/jobs", "bit.ly/x"), which LinkedIn and X turn into links
// too. Shared by the links rule, required-content's linksToDomains and the
// substitution rule (which must not rewrite the inside of a link).

export interface FoundUrl {
  start: number;
  end: number;
  text: string;
  scheme?: 'http' | 'https';
  host: string; // lowercase, without user info or port
}

// One pass: a URL with a scheme, or a bare host name not glued to a word, an
// e-mail address or a path. Labels end in a letter or digit and are followed
// by a dot, so the nested repetition cannot backtrack on itself.
const URL_LIKE =
  /\b(https?):\/\/([^\s<>"]+)|(?<![\p{L}\p{N}@./_-])((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.)+(\p{L}{2,24}))(?![\p{L}\p{N}@_-])(?::\d{1,5})?(?:[/?#][^\s<>"]*)?/giu;

// Bare names need a top-level domain people actually type, or "Node.js" and
// "report.pdf" would be links. Packs add their own domains (known).
const COMMON_TLDS = new Set(
  'com org net io co ai app dev eu dk nl ru de uk se no fi be fr es it ch at pl us ca ly gl gg me tv info biz xyz online site tech news blog jobs example рф'.split(
    ' ',
  ),
);

// Sentence punctuation after a link is not part of it.
const TRAILING = /[.,;:!?'"»”’)\]}]+$/;

export function findUrls(text: string, known: ReadonlySet<string>): FoundUrl[] {
  const found: FoundUrl[] = [];
  URL_LIKE.lastIndex = 0;
  for (let m = URL_LIKE.exec(text); m !== null; m = URL_LIKE.exec(text)) {
    const raw = trimTrailing(m[0]);
    const scheme = m[1]?.toLowerCase();
    if (scheme === 'http' || scheme === 'https') {
      const host = hostOf(raw.slice(scheme.length + 3));
      if (host) found.push({ start: m.index, end: m.index + raw.length, text: raw, scheme, host });
      continue;
    }
    const host = (m[3] ?? '').toLowerCase();
    const tld = m[4] ?? '';
    // "ASP.NET" is a product, "Nordvind.example" a link: domains are typed lowercase.
    const plausible =
      host.startsWith('www.') ||
      (tld === tld.toLowerCase() && COMMON_TLDS.has(tld)) ||
      isKnown(host, known);
    if (plausible) found.push({ start: m.index, end: m.index + raw.length, text: raw, host });
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
  const authority = afterScheme.split(/[/?#]/, 1)[0] ?? '';
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  return hostPort.replace(/:\d*$/, '').toLowerCase();
}

function trimTrailing(url: string): string {
  let out = url.replace(TRAILING, '');
  // Keep a closing parenthesis the link opened (Wikipedia-style links).
  const opened = (out.match(/\(/g) ?? []).length;
  const closed = (out.match(/\)/g) ?? []).length;
  const rest = url.slice(out.length);
  if (opened > closed && rest.startsWith(')')) out += ')';
  return out;
}
