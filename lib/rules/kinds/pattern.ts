// A custom regular expression from the pack ("\bQ[1-4] results\b"), for what
// the other kinds cannot say. Untrusted: see safe-regex.ts for how it is
// vetted at pack load and contained at check time. No fix: a pattern says
// what is wrong, not what is right.
import * as z from 'zod/mini';
import { makeFinding } from '../finding';
import { scanAll, slowReason } from '../regex-timing';
import { defineRule } from '../rule';
import { PATTERN_MAX_INPUT, unsafeReason } from '../safe-regex';
import type { Finding } from '../types';

// Placeholder: {found}.
const options = {
  pattern: z.string().check(z.minLength(1), z.maxLength(300)),
  // Any of i, m, s, u; g is added by the engine. Use u only when needed
  // (\p{L}…): with i it makes matching far slower.
  flags: z.optional(z.string().check(z.regex(/^[imsu]{0,4}$/))),
  maxMatches: z.optional(z.number().check(z.int(), z.gte(1), z.lte(100))),
};

export const patternRule = defineRule('pattern', options, (config, env) => {
  // The author's flags, nothing forced: Unicode case-insensitive matching
  // ("iu") measured some 60 times slower in V8 than "i" alone on a post, so
  // u is on only when asked for (it is needed for \p{L} and the like).
  const flags = `${[...new Set(config.flags ?? '')].join('')}g`;
  let regex: RegExp;
  try {
    regex = new RegExp(config.pattern, flags);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return [{ code: 'invalid-pattern', message: `pattern does not compile: ${why}` }];
  }
  const unsafe = unsafeReason(config.pattern);
  if (unsafe) return [{ code: 'unsafe-pattern', message: `pattern may backtrack catastrophically: ${unsafe}` }];
  if (new RegExp(config.pattern, flags).test('')) {
    return [{ code: 'invalid-pattern', message: 'pattern matches empty text, so it would flag every post' }];
  }
  const slow = slowReason(regex, config.pattern, env.patternBudgetMs, env.now);
  if (slow) return [{ code: 'slow-pattern', message: `pattern is too slow: ${slow}` }];
  const maxMatches = config.maxMatches ?? 20;

  return {
    timed: true,
    check(view) {
      const findings: Finding[] = [];
      // A post longer than this is over every network's limit anyway.
      scanAll(regex, view.text.slice(0, PATTERN_MAX_INPUT), maxMatches, (m) => {
        findings.push(makeFinding(config, m.index, m.index + m[0].length, { found: m[0] }));
      });
      return findings;
    },
  };
});
