// How a rule kind plugs into the engine. A kind is one file in kinds/: its
// options' schema, its compile step and the check it returns. defineRule
// adds what every rule shares (the common fields' schema; id, kind,
// severity and networks on the compiled rule), so a kind holds only what is
// its own, and kinds/index.ts lists it.
import * as z from 'zod/mini';
import type { Network } from '../pack/schema';
import { commonFields } from './config';
import type { Synonym, SynonymIndex } from './synonyms';
import type { AfterFix, TextView } from './text-view';
import type { TermTrie } from './term-trie';
import type { Finding, RuleProblem, Severity } from './types';

export interface CompiledRule {
  id: string;
  // A RuleKind for the kinds in kinds/index.ts; any name for a kind a test
  // registers itself.
  kind: string;
  severity: Severity;
  networks?: readonly Network[];
  // Set for rules that can only find something where their terms matched:
  // the engine skips them when there is no hit, so 5,000 term rules cost
  // no more than 500 on a text that mentions none of them.
  termOwner?: number;
  // Pattern rules are untrusted and timed; see safe-regex.ts.
  timed?: boolean;
  // Problems that did not stop the rule (an unusable term among many).
  warnings?: RuleProblem[];
  // Rules whose findings depend on the whole text (required content, length)
  // say whether a fix elsewhere would make them fire where they did not;
  // the others are re-run around the fix (verify-fix.ts).
  guard?(before: TextView, after: AfterFix, firedBefore: boolean): boolean;
  // A cheap test that a text cannot hold a finding of this rule (no digit,
  // no "@"): lets fix verification skip the rule around most edits.
  mayFind?(text: string): boolean;
  check(view: TextView): Finding[];
}

// What a kind's compile step returns: a new object for each rule, without
// what defineRule adds to it from the config.
export type KindRule = Omit<CompiledRule, 'id' | 'kind' | 'severity' | 'networks'>;

export interface CompileEnv {
  trie: TermTrie;
  // Misspellings the substitution rules correct, and the rules that want to
  // match them too; run once every rule is compiled (compile.ts).
  synonyms: Synonym[];
  afterAll: ((synonyms: SynonymIndex) => void)[];
  // Domains rules care about, so a bare "nordvind.example/jobs" is seen as a
  // link even though .example is no everyday top-level domain.
  knownDomains: Set<string>;
  patternBudgetMs: number;
  now: () => number;
}

// A kind's own options (never one of the common fields, which mean the same
// in every kind: a test checks).
export type KindOptions = z.core.$ZodLooseShape;
type KindShape<K extends string, O extends KindOptions> = typeof commonFields & { kind: z.ZodMiniLiteral<K> } & O;
export type KindSchema<K extends string, O extends KindOptions> = z.ZodMiniObject<KindShape<K, O>>;
type CommonConfig = z.infer<z.ZodMiniObject<typeof commonFields>>;

export interface RuleDefinition<K extends string = string, S extends z.ZodMiniObject = z.ZodMiniObject> {
  kind: K;
  // The whole rule as an author writes it: the common fields, kind, options.
  schema: S;
  compile(config: unknown, env: CompileEnv): CompiledRule | RuleProblem[];
}

// Typed once here, so each kind's build function gets its parsed config
// without casts. The compiled rule is one object, as a kind would build it
// alone: no wrapper or closure per rule (a rule set holds thousands).
export function defineRule<K extends string, O extends KindOptions>(
  kind: K,
  options: O,
  build: (config: z.infer<KindSchema<K, O>>, env: CompileEnv) => KindRule | RuleProblem[],
): RuleDefinition<K, KindSchema<K, O>> {
  const schema = z.object({ ...commonFields, kind: z.literal(kind), ...options }) as KindSchema<K, O>;
  return {
    kind,
    schema,
    compile(raw, env) {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return parsed.error.issues.map(describeIssue);
      const built = build(parsed.data, env);
      if (isProblems(built)) return built;
      // TypeScript cannot see the common fields through the generic options.
      const { id, severity, networks } = parsed.data as CommonConfig;
      // Added to the kind's own object, not copied into a new one: a spread
      // measured 24 bytes more a rule, this 8 (5,000 rules, bench/rules.ts).
      return Object.assign(built, { id, kind, severity, networks });
    },
  };
}

export function isProblems<T extends object>(result: T | RuleProblem[]): result is RuleProblem[] {
  return Array.isArray(result);
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  values?: unknown;
}

// zod/mini ships without its English messages (to stay small), so say what
// was expected ourselves, in words a pack author understands.
export function describeIssue(issue: Issue): RuleProblem {
  const at = issue.path.length > 0 ? issue.path.map(String).join('.') : 'rule';
  let what = issue.message;
  if (issue.code === 'invalid_type') what = `expected ${String(issue.expected)}`;
  else if (issue.code === 'too_small') what = `too small or too short (minimum ${String(issue.minimum)})`;
  else if (issue.code === 'too_big') what = `too big or too long (maximum ${String(issue.maximum)})`;
  else if (issue.code === 'invalid_value') what = `expected one of ${JSON.stringify(issue.values)}`;
  else if (issue.code === 'invalid_format') what = 'has the wrong format';
  else if (issue.code === 'invalid_key') what = 'has an invalid key (language tags look like "en" or "en-GB")';
  return { code: 'invalid-config', message: `${at}: ${what}` };
}
