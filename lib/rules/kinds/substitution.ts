// Brand and product spellings ("Wind Pilot" -> "WindPilot") and house style
// ("utilise" -> "use"), each with a one-click fix. Matching is word-based like
// banned terms; the correct spelling (`to`) is matched too, so writing it in
// another case or without its accents is caught, and a fix never loops.
import * as z from 'zod/mini';
import { diacriticsSchema, termSchema, termsSchema } from '../config';
import { makeFinding, ruleBase } from '../finding';
import { fixLabel } from '../fix-labels';
import { foldKey, strictKey } from '../../text/fold';
import { parseTerm } from '../parse-term';
import { defineRule } from '../rule';
import type { TextView } from '../text-view';
import type { RuleProblem } from '../types';
import { overlaps } from '../locked-text';
import { addTerm, resolveHits, type TermEntry } from '../term-match';

// Shared by all spellings of one replacement, so thousands of variants cost
// one object per replacement.
interface Role {
  correct: boolean;
  to: string;
}

// Placeholders: {found}, {replacement}.
const options = {
  replacements: z.array(z.object({ from: termsSchema(100), to: termSchema })).check(z.minLength(1), z.maxLength(5_000)),
  // true: `to` must be written exactly so ("Windpilot" is flagged when `to`
  // is "WindPilot"); false (default): any case of `to` is fine and the fix
  // keeps the case of what was written ("Utilise" -> "Use").
  caseSensitive: z.optional(z.boolean()),
  diacritics: diacriticsSchema,
};

export const substitutionRule = defineRule('substitution', options, (config, env) => {
  const owner = env.trie.newOwner();
  const entries: TermEntry<Role>[] = [];
  const problems: RuleProblem[] = [];
  const caseSensitive = config.caseSensitive ?? false;
  const diacritics = config.diacritics ?? 'fold';
  for (const { from, to } of config.replacements) {
    const target = parseTerm(to);
    if (!target || target.prefix) {
      problems.push({ code: 'invalid-config', message: `replacement "${to}" needs letters or digits and no *` });
      continue;
    }
    addTerm(env.trie, owner, entries, to, { correct: true, to }, { diacritics });
    const wrong: Role = { correct: false, to };
    const toKeys = target.words.map(foldKey);
    for (const variant of from) {
      const parsed = parseTerm(variant);
      const problem = parsed?.prefix
        ? { code: 'invalid-config' as const, message: `"${variant}": a * cannot be replaced` }
        : addTerm(env.trie, owner, entries, variant, wrong, { diacritics });
      if (problem || !parsed) {
        if (problem) problems.push(problem);
        continue;
      }
      // Other word rules match this misspelling too (term-match.ts).
      if (parsed.words.map(foldKey).join(' ') !== toKeys.join(' ')) env.synonyms.push({ from: parsed.words, to: toKeys });
      if (!caseSensitive && sameWords(variant, to)) {
        problems.push({
          code: 'invalid-config',
          message: `"${variant}" differs from "${to}" only in case; it is only flagged with caseSensitive: true`,
        });
      }
    }
  }
  if (entries.length === 0) return problems;
  const base = ruleBase(config);

  return {
    termOwner: owner,
    ...(problems.length > 0 ? { warnings: problems } : {}),
    check(view) {
      const hits = resolveHits(view, view.termHits(owner), entries, diacritics, (role) => (role.correct ? 0 : 1));
      return hits.flatMap(({ entry, start, end }) => {
        const found = view.text.slice(start, end);
        const { correct, to } = entry.role;
        if (correct && sameSpelling(found, to, caseSensitive)) return [];
        // Approved text (a locked span) and links are not rewritten.
        if (overlaps(view.locked(), start, end) || insideLinkOrAddress(view, start, end)) return [];
        const replacement = caseSensitive ? to : withCaseOf(found, to);
        const fix = { label: fixLabel('replace', replacement), edits: [{ start, end, insert: replacement }] };
        return [makeFinding(base, start, end, { found, replacement }, fix)];
      });
    },
  };
});

const words = (s: string) => parseTerm(s)?.words.map(strictKey).join(' ') ?? '';
const sameWords = (a: string, b: string) => words(a) === words(b);

// Spaces may differ (the composer turns some into no-break spaces); anything
// else, hyphens included, is part of the spelling.
function sameSpelling(found: string, to: string, caseSensitive: boolean): boolean {
  // The common cases first, without normalising.
  if (found === to) return true;
  if (!caseSensitive && found.toLowerCase() === to.toLowerCase()) return true;
  if (!/[^\x21-\x7e]/.test(found)) return false; // no spaces or accents to normalise
  const a = found.replace(/\s+/g, ' ').normalize('NFC');
  const b = to.replace(/\s+/g, ' ').normalize('NFC');
  return caseSensitive ? a === b : a.toLowerCase() === b.toLowerCase();
}

// "UTILISE" -> "USE", "Utilise" -> "Use", "utilise" -> "use".
function withCaseOf(found: string, to: string): string {
  const letters = found.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return to.toUpperCase();
  }
  const first = letters.charAt(0);
  if (first !== '' && first !== first.toLowerCase()) {
    const head = String.fromCodePoint(to.codePointAt(0) ?? 0);
    return head.toUpperCase() + to.slice(head.length);
  }
  return to;
}

// Rewriting "windpilot" inside nordvind.example/windpilot, @windpilot or an
// e-mail address would break the link, mention or address.
function insideLinkOrAddress(view: TextView, start: number, end: number): boolean {
  if (view.urls().some((url) => url.start < end && start < url.end)) return true;
  let from = start;
  while (from > 0 && !/\s/.test(view.text.charAt(from - 1))) from--;
  let to = end;
  while (to < view.text.length && !/\s/.test(view.text.charAt(to))) to++;
  return view.text.slice(from, to).includes('@');
}
