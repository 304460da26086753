// Content a post must carry: a disclosure ("#employee") or a campaign
// hashtag, optionally above LinkedIn's "see more" fold and optionally only
// when the post mentions a product or links to the company. The fix inserts
// it, or moves a buried one up to the start.
import { requiredContentSchema } from './config';
import { makeFinding } from './finding';
import { fixLabel } from './fix-labels';
import { defineRule, type RuleProblem, type TextView } from './rule';
import { addTerm, resolveHits, type TermEntry } from './term-match';
import { hostMatches } from './urls';
import type { Fix } from './types';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&');

export const requiredContentRule = defineRule('required-content', requiredContentSchema, (config, env) => {
  const problems: RuleProblem[] = [];
  // Whole word or hashtag, any case, any spaces between its words:
  // "#employee" counts, "#employees" does not.
  const alternatives = config.anyOf.map((s) => escape(s.trim()).replace(/\s+/g, '\\s+'));
  const present = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  const insert = config.insert?.trim() ?? (config.anyOf[0] as string).trim();
  if (!new RegExp(`^${present.source}$`, 'iu').test(insert)) {
    return [{ code: 'invalid-config', message: `insert "${insert}" is not one of anyOf` }];
  }
  const withinFirst = config.withinFirst;
  let insertAt = config.insertAt ?? (withinFirst ? 'start' : 'end');
  if (withinFirst !== undefined && insertAt === 'end') {
    problems.push({ code: 'invalid-config', message: 'insertAt "end" cannot meet withinFirst; inserting at the start' });
    insertAt = 'start';
  }

  const owner = env.trie.newOwner();
  const mentions: TermEntry<null>[] = [];
  for (const term of config.when?.mentionsAny ?? []) {
    const problem = addTerm(env.trie, owner, mentions, term, null);
    if (problem) problems.push(problem);
  }
  const domains = config.when?.linksToDomains ?? [];
  for (const domain of domains) env.knownDomains.add(domain.toLowerCase());

  const applies = (view: TextView): boolean =>
    !config.when ||
    resolveHits(view, view.termHits(owner), mentions, 'fold').length > 0 ||
    view.urls().some((url) => domains.some((d) => hostMatches(url.host, d.toLowerCase())));

  return {
    id: config.id,
    kind: 'required-content',
    networks: config.networks,
    warnings: problems,
    check(view) {
      const { text } = view;
      // An empty composer has nothing to disclose yet.
      if (text.trim() === '' || !applies(view)) return [];
      const found = [...text.matchAll(present)];
      if (found.some((m) => withinFirst === undefined || m.index + m[0].length <= withinFirst)) return [];
      const vars = { required: insert, max: withinFirst ?? '' };
      const buried = found[0];
      if (buried) {
        const fix = buried.index > 0 && buried[0].length < (withinFirst ?? 0) ? moveToStart(text, buried) : undefined;
        return [makeFinding(config, buried.index, buried.index + buried[0].length, vars, fix)];
      }
      const at = insertAt === 'start' ? 0 : text.length;
      const edit =
        insertAt === 'start'
          ? { start: 0, end: 0, insert: /^\s/.test(text) ? insert : `${insert} ` }
          : { start: at, end: at, insert: /\s$/.test(text) ? insert : ` ${insert}` };
      return [makeFinding(config, at, at, vars, { label: fixLabel('insert', insert), edits: [edit] })];
    },
  };
});

// Takes the buried one out with the space before it and puts it first.
function moveToStart(text: string, match: RegExpExecArray): Fix {
  const start = match.index > 1 && /\s/.test(text.charAt(match.index - 1)) ? match.index - 1 : match.index;
  return {
    label: fixLabel('moveToStart', match[0]),
    edits: [
      { start: 0, end: 0, insert: `${match[0]} ` },
      { start, end: match.index + match[0].length, insert: '' },
    ],
  };
}
