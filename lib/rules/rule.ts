// How a rule kind plugs into the engine: it parses its own config (so each
// kind's schema and code sit together) and returns a check over a TextView,
// which computes shared work (words, term hits, links) once per check.
import type * as z from 'zod/mini';
import type { Network } from '../pack/schema';
import type { Synonym, SynonymIndex } from './synonyms';
import type { TermHit, TermTrie } from './term-trie';
import type { Tokens } from '../text/tokenize';
import type { LockedRange } from './locked-text';
import type { FoundUrl } from './urls';
import type { CheckContext, Finding, RuleErrorCode, RuleKind, Severity, TextEdit } from './types';

export interface TextView {
  readonly text: string;
  readonly ctx: CheckContext;
  tokens(): Tokens;
  termHits(owner: number): readonly TermHit[];
  urls(): readonly FoundUrl[];
  // Where the context's locked spans are; fixes leave these alone.
  locked(): readonly LockedRange[];
}

// The text a fix would produce, for a global rule's guard: its length, the
// whole text, and views of the parts around the edits (cheap to cut into
// words). Computed only when asked for.
export interface AfterFix {
  length: number;
  edits: readonly TextEdit[];
  text(): string;
  windows(): TextView[];
}

export interface CompiledRule {
  id: string;
  kind: RuleKind;
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

export interface RuleProblem {
  code: RuleErrorCode;
  message: string;
}

export interface RuleDefinition {
  kind: RuleKind;
  schema: z.ZodMiniObject;
  compile(config: unknown, env: CompileEnv): CompiledRule | RuleProblem[];
}

// Typed once here, so each kind's build function gets its parsed config
// without casts.
export function defineRule<S extends z.ZodMiniObject>(
  kind: RuleKind,
  schema: S,
  build: (config: z.infer<S>, env: CompileEnv) => CompiledRule | RuleProblem[],
): RuleDefinition {
  return {
    kind,
    schema,
    compile(raw, env) {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return parsed.error.issues.map(describeIssue);
      return build(parsed.data, env);
    },
  };
}

export function isProblems(result: CompiledRule | RuleProblem[]): result is RuleProblem[] {
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
