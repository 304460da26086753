// From a pack's guidelines.rules (opaque records) to a RuleEngine. Each rule
// is validated and compiled on its own: a broken or unsafe rule is reported
// with its id and a code and skipped, and the rest still work, because a
// typo in one rule must not switch off the whole policy.
import { RuleEngineImpl, type EngineOptions } from './engine';
import { ruleKinds } from './kinds';
import { type CompileEnv, type CompiledRule, isProblems, type RuleDefinition } from './rule';
import { indexSynonyms } from './synonyms';
import { TermTrie } from './term-trie';
import type { RuleConfigError, RuleEngine } from './types';

export interface CompileOptions extends EngineOptions {
  // Time a pattern rule may take on its worst-case text (safe-regex.ts).
  patternBudgetMs?: number;
  // The kinds to compile with; every kind in kinds/index.ts by default. A
  // test passes its own, to show that a kind needs nothing but its entry.
  kinds?: readonly RuleDefinition[];
}

const byName = (kinds: readonly RuleDefinition[]) => new Map<string, RuleDefinition>(kinds.map((kind) => [kind.kind, kind]));
const builtIn = byName(ruleKinds);

export function compileRules(
  rawRules: readonly unknown[],
  opts: CompileOptions = {},
): { engine: RuleEngine; errors: RuleConfigError[] } {
  const now = opts.now ?? (() => performance.now());
  const env: CompileEnv = {
    trie: new TermTrie(),
    knownDomains: new Set(),
    synonyms: [],
    afterAll: [],
    patternBudgetMs: opts.patternBudgetMs ?? 5,
    now,
  };
  const kindsByName = opts.kinds ? byName(opts.kinds) : builtIn;
  const errors: RuleConfigError[] = [];
  const rules: CompiledRule[] = [];
  const indexOf = new Map<string, number>();

  rawRules.forEach((raw, index) => {
    const report = (code: RuleConfigError['code'], message: string, ruleId?: string, skipped = true) =>
      errors.push({ ...(ruleId === undefined ? {} : { ruleId }), index, code, message, skipped });
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      report('not-an-object', `rule #${index + 1} is not an object`);
      return;
    }
    const record = raw as Record<string, unknown>;
    const ruleId = typeof record.id === 'string' ? record.id : undefined;
    const definition = typeof record.kind === 'string' ? kindsByName.get(record.kind) : undefined;
    if (!definition) {
      report('unknown-kind', `kind ${JSON.stringify(record.kind)} is not one of ${[...kindsByName.keys()].join(', ')}`, ruleId);
      return;
    }
    if (ruleId !== undefined && indexOf.has(ruleId)) {
      report('duplicate-id', `another rule already has the id "${ruleId}"`, ruleId);
      return;
    }
    const result = definition.compile(raw, env);
    if (isProblems(result)) {
      for (const problem of result) report(problem.code, problem.message, ruleId);
      return;
    }
    indexOf.set(result.id, index);
    rules.push(result);
    for (const problem of result.warnings ?? []) report(problem.code, problem.message, ruleId, false);
    // Unknown options are ignored so an older extension still runs a newer
    // pack's rule, but the author hears about a typo such as "exeptions".
    for (const key of Object.keys(record)) {
      if (!(key in definition.schema.shape)) report('unknown-option', `unknown option "${key}" is ignored`, ruleId, false);
    }
  });

  const synonyms = indexSynonyms(env.synonyms);
  for (const finish of env.afterAll) finish(synonyms);
  return { engine: new RuleEngineImpl(rules, env.trie, env.knownDomains, indexOf, opts), errors };
}
