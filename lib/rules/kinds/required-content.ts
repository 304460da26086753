// Content a post must carry: a disclosure ("#employee") or a campaign
// hashtag, optionally above LinkedIn's "see more" fold and optionally only
// when the post mentions a product or links to the company. The fix inserts
// it, or moves a buried one up to the start.
import * as z from 'zod/mini';
import { domainSchema, termsSchema } from '../config';
import { isWordAt } from '../../text/chars';
import { makeFinding } from '../finding';
import { fixLabel } from '../fix-labels';
import { defineRule } from '../rule';
import type { TextView } from '../text-view';
import { synonymPass } from '../synonyms';
import { addTerm, resolveHits, type TermEntry } from '../term-match';
import { overlaps } from '../locked-text';
import { hostMatches } from '../urls';
import type { Fix, RuleProblem } from '../types';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

// Placeholders: {required} (the first of anyOf), {max} (withinFirst).
const options = {
  // Present if any of these occurs as a whole word or hashtag, any case.
  anyOf: termsSchema(50),
  // Must end within the first N UTF-16 units (LinkedIn's "see more" fold is
  // after about 200 characters).
  withinFirst: z.optional(z.number().check(z.int(), z.gte(1), z.lte(3000))),
  // Only required when the post mentions one of these terms or links to one
  // of these domains (either is enough).
  when: z.optional(
    z.object({
      mentionsAny: z.optional(termsSchema(1_000)),
      linksToDomains: z.optional(z.array(domainSchema).check(z.maxLength(100))),
    }),
  ),
  // What the fix inserts (defaults to anyOf[0]); separated by a space.
  insert: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  // Default 'start' when withinFirst is set, else 'end'.
  insertAt: z.optional(z.enum(['start', 'end'])),
};

export const requiredContentRule = defineRule('required-content', options, (config, env) => {
  const problems: RuleProblem[] = [];
  const alternatives = config.anyOf.map((s) => escapeRegExp(s.trim()).replace(/\s+/g, '\\s+'));
  // Not 'u': Unicode case-insensitive matching is many times slower, and
  // plain 'i' folds Danish, Dutch and Cyrillic letters just as well.
  const present = new RegExp(alternatives.join('|'), 'gi');
  const insert = config.insert?.trim() ?? (config.anyOf[0] as string).trim();
  if (!findAll(present, insert).some((m) => m.start === 0 && m.end === insert.length)) {
    return [{ code: 'invalid-config', message: `insert "${insert}" is not one of anyOf` }];
  }
  const withinFirst = config.withinFirst;
  if (withinFirst !== undefined && insert.length > withinFirst) {
    return [{ code: 'invalid-config', message: `insert "${insert}" does not fit within the first ${withinFirst} characters` }];
  }
  let insertAt = config.insertAt ?? (withinFirst ? 'start' : 'end');
  if (withinFirst !== undefined && insertAt === 'end') {
    problems.push({ code: 'invalid-config', message: 'insertAt "end" cannot meet withinFirst; inserting at the start' });
    insertAt = 'start';
  }

  const owner = env.trie.newOwner();
  const mentions: TermEntry<null>[] = [];
  for (const term of config.when?.mentionsAny ?? []) {
    const problem = addTerm(env.trie, owner, mentions, term, null, { diacritics: 'fold' });
    if (problem) problems.push(problem);
  }
  // "Wind Pilot" mentions WindPilot too, if the style guide says so.
  const mentionTerms = (config.when?.mentionsAny ?? []).map((term) => ({ term, role: null }));
  env.afterAll.push(synonymPass(env.trie, owner, mentions, mentionTerms, 'fold'));
  const domains = (config.when?.linksToDomains ?? []).map((d) => d.toLowerCase());
  for (const domain of domains) env.knownDomains.add(domain);

  const insertFix = (text: string): Fix => {
    const edit =
      insertAt === 'start'
        ? { start: 0, end: 0, insert: /^\s/.test(text) ? insert : `${insert} ` }
        : { start: text.length, end: text.length, insert: /\s$/.test(text) ? insert : ` ${insert}` };
    return { label: fixLabel('insert', insert), edits: [edit] };
  };

  const applies = (view: TextView): boolean =>
    !config.when ||
    resolveHits(view, view.termHits(owner), mentions, 'fold').length > 0 ||
    view.urls().some((url) => domains.some((d) => hostMatches(url.host, d)));

  return {
    ...(problems.length > 0 ? { warnings: problems } : {}),
    // After a fix elsewhere: does the post now need this and lack it? A new
    // mention or link can only come from around the edit.
    guard(before, after, firedBefore) {
      if (firedBefore || after.text().trim() === '') return false;
      if (!applies(before) && !after.windows().some(applies)) return false;
      return !findAll(present, after.text()).some((m) => withinFirst === undefined || m.end <= withinFirst);
    },
    check(view) {
      const { text } = view;
      // An empty composer has nothing to disclose yet.
      if (text.trim() === '' || !applies(view)) return [];
      const found = findAll(present, text);
      if (found.some((m) => withinFirst === undefined || m.end <= withinFirst)) return [];
      const vars = { required: insert, max: withinFirst ?? '' };
      const buried = found[0];
      if (buried) {
        const fits = buried.start > 1 && buried.end - buried.start < (withinFirst ?? 0);
        // One inside a locked span stays where it is; a new one goes first.
        const fix = !fits ? undefined : overlaps(view.locked(), buried.start, buried.end) ? insertFix(text) : moveToStart(text, buried);
        return [makeFinding(config, buried.start, buried.end, vars, fix)];
      }
      const at = insertAt === 'start' ? 0 : text.length;
      return [makeFinding(config, at, at, vars, insertFix(text))];
    },
  };
});

interface Found {
  start: number;
  end: number;
}

// Whole word or hashtag, any case, any spaces between its words: "#employee"
// counts, "#employees" does not. The boundaries are checked here, not with a
// lookbehind in the expression, which would be tried at every position.
function findAll(present: RegExp, text: string): Found[] {
  const found: Found[] = [];
  present.lastIndex = 0;
  for (let m = present.exec(text); m !== null; m = present.exec(text)) {
    const end = m.index + m[0].length;
    if (isBoundary(text, m.index - 1) && isBoundary(text, end)) found.push({ start: m.index, end });
    else present.lastIndex = m.index + 1;
  }
  return found;
}

const isBoundary = (text: string, i: number) =>
  i < 0 || i >= text.length || !(text.charAt(i) === '_' || isWordAt(text, i));

// Takes the buried one out with the space before it and puts it first.
function moveToStart(text: string, buried: Found): Fix {
  const found = text.slice(buried.start, buried.end);
  const start = buried.start > 1 && /\s/.test(text.charAt(buried.start - 1)) ? buried.start - 1 : buried.start;
  return {
    label: fixLabel('moveToStart', found),
    edits: [
      { start: 0, end: 0, insert: `${found} ` },
      { start, end: buried.end, insert: '' },
    ],
  };
}
