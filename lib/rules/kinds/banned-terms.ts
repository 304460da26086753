// Words and phrases that must not appear: code names, unannounced products,
// unpublished figures, vulgarity. Whole words only ("Falconer" is not
// "Falcon"), any case, across line breaks and punctuation, with exceptions.
// No fix: deleting words from a sentence rarely leaves a sentence.
import * as z from 'zod/mini';
import { diacriticsSchema, termsSchema } from '../config';
import { makeFinding, ruleBase } from '../finding';
import { defineRule } from '../rule';
import type { RuleProblem } from '../types';
import { synonymPass } from '../synonyms';
import { addTerm, resolveHits, type TermEntry } from '../term-match';

// The configured term, for {term}; null for an exception.
type Role = string | null;

// Placeholders: {found} (the text as written), {term} (the configured term).
const options = {
  terms: termsSchema(10_000),
  // Phrases in which a term is fine ("Falcon Heights" for "Falcon").
  exceptions: z.optional(termsSchema(1_000)),
  diacritics: diacriticsSchema,
};

export const bannedTermsRule = defineRule('banned-terms', options, (config, env) => {
  const owner = env.trie.newOwner();
  const entries: TermEntry<Role>[] = [];
  const problems: RuleProblem[] = [];
  const diacritics = config.diacritics ?? 'fold';
  let usable = 0;
  for (const term of config.terms) {
    const problem = addTerm(env.trie, owner, entries, term, term, { diacritics, joined: true });
    if (problem) problems.push(problem);
    else usable++;
  }
  for (const exception of config.exceptions ?? []) {
    const problem = addTerm(env.trie, owner, entries, exception, null, { diacritics });
    if (problem) problems.push(problem);
  }
  // An unusable term is reported and skipped; the rest of a blocklist keeps
  // guarding (dropping 999 code names for one typo would be worse).
  if (usable === 0) return problems;
  const terms = config.terms.map((term) => ({ term, role: term }));
  env.afterAll.push(synonymPass(env.trie, owner, entries, terms, diacritics));
  const base = ruleBase(config);

  return {
    termOwner: owner,
    ...(problems.length > 0 ? { warnings: problems } : {}),
    check(view) {
      const hits = resolveHits(view, view.termHits(owner), entries, diacritics, (role) => (role === null ? 0 : 1));
      return hits.flatMap(({ entry, start, end }) =>
        entry.role === null ? [] : [makeFinding(base, start, end, { found: view.text.slice(start, end), term: entry.role })],
      );
    },
  };
});
