// E-mail addresses, found from each "@": the local part leftwards (at most
// 64 characters, RFC 5321), the domain rightwards. Anchoring on "@" keeps
// this off the rest of the post, where a Unicode expression tried at every
// position was the slowest part of a whole check.
import { isWordAt } from '../text/chars';
import type { PiiMatch } from './pii-match';

const DOMAIN = /(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}-])/uy;
const isLocal = (text: string, i: number) => '._%+-'.includes(text.charAt(i)) || isWordAt(text, i);

export function findEmails(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && isLocal(text, start - 1)) start--;
    while (start < at && text.charAt(start) === '.') start++;
    if (start === at) continue;
    DOMAIN.lastIndex = at + 1;
    const m = DOMAIN.exec(text);
    if (!m) continue;
    const end = at + 1 + m[0].length;
    found.push({ type: 'email', start, end, text: text.slice(start, end) });
  }
  return found;
}
