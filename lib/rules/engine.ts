// Runs compiled rules over a text. Built for the keystroke path: shared work
// is done once per check (view.ts), word-based rules run only where their
// terms matched, the last result is reused while the text is unchanged, and
// a rule that throws or keeps running slow is switched off, not retried.
import { sliceAnalysis, type WordAnalysis } from './incremental';
import type { CompiledRule } from './rule';
import type { TermTrie } from './term-trie';
import type { CheckContext, Finding, Fix, RuleConfigError, RuleEngine } from './types';
import { Verdicts } from './fix-verdicts';
import { type FixContext, fixIsSafe } from './verify-fix';
import { createView, type EngineView } from './view';

export interface EngineOptions {
  // A pattern rule slower than this on a check gets a strike; three strikes
  // (or one run ten times over) switch it off for this engine's lifetime.
  slowRuleMs?: number;
  // Told about every rule failure; tests use it to make failures loud.
  onRuleError?: (ruleId: string, error: unknown) => void;
  now?: () => number; // milliseconds; performance.now by default
}

export class RuleEngineImpl implements RuleEngine {
  readonly ruleIds: readonly string[];
  private readonly always: CompiledRule[];
  private readonly byOwner = new Map<number, CompiledRule>();
  private readonly disabled = new Map<string, RuleConfigError>();
  private readonly strikes = new Map<string, number>();
  private readonly errorRules: readonly CompiledRule[];
  private readonly byId: ReadonlyMap<string, CompiledRule>;
  private readonly verdicts = new Verdicts();
  private last?: { text: string; key: string; findings: Finding[] };
  private words?: WordAnalysis;

  constructor(
    rules: readonly CompiledRule[],
    private readonly trie: TermTrie,
    private readonly knownDomains: ReadonlySet<string>,
    // The rule's position in the pack, for runtime errors.
    private readonly indexOf: ReadonlyMap<string, number>,
    private readonly opts: EngineOptions = {},
  ) {
    this.ruleIds = rules.map((r) => r.id);
    this.always = rules.filter((r) => r.termOwner === undefined);
    for (const rule of rules) if (rule.termOwner !== undefined) this.byOwner.set(rule.termOwner, rule);
    this.errorRules = rules.filter((r) => r.severity === 'error');
    this.byId = new Map(rules.map((r) => [r.id, r]));
  }

  check(text: string, ctx: CheckContext): Finding[] {
    const key = `${ctx.network}\u0000${(ctx.lockedSpans ?? []).join('\u0000')}`;
    if (this.last && this.last.text === text && this.last.key === key) return [...this.last.findings];
    const previous = this.words;
    const view = createView(text, ctx, this.trie, this.knownDomains, { previous: () => previous });
    const found: Finding[] = [];
    for (const rule of this.always) found.push(...this.run(rule, view));
    for (const owner of view.ownersWithHits()) {
      const rule = this.byOwner.get(owner);
      if (rule) found.push(...this.run(rule, view));
    }
    const unchanged = this.last?.key === key ? view.analysed()?.unchanged : undefined;
    this.verdicts.next(text.length, unchanged, this.last?.text.length ?? 0);
    const findings = this.verifyFixes(found, view);
    findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
    this.last = { text, key, findings };
    this.words = view.analysed() ?? this.words;
    return [...findings];
  }

  runtimeErrors(): RuleConfigError[] {
    return [...this.disabled.values()];
  }

  // Fixes that would cost a new error lose their fix (verify-fix.ts).
  private verifyFixes(findings: Finding[], view: EngineView): Finding[] {
    if (!findings.some((f) => f.fix)) return findings;
    const errorRules = this.errorRules.filter((r) => this.enabled(r, view.ctx.network));
    const context: FixContext = {
      text: view.text,
      before: view,
      findings,
      local: errorRules.filter((r) => !r.guard),
      guarded: errorRules.filter((r) => r.guard),
      byId: this.byId,
      windowView: (from, to) =>
        createView(view.text.slice(from, to), view.ctx, this.trie, this.knownDomains, { known: () => this.windowWords(view, from, to) }),
      editedView: (from, to, edited) =>
        createView(edited, view.ctx, this.trie, this.knownDomains, { previous: () => this.windowWords(view, from, to) }),
      run: (rule, window) => this.run(rule, window),
      verdicts: this.verdicts,
    };
    return findings.map((f) => {
      if (!f.fix || this.safe(context, f, f.fix)) return f;
      const { fix: _dropped, ...rest } = f;
      return { ...rest, fixWithheld: true as const };
    });
  }

  private windowWords(view: EngineView, from: number, to: number): WordAnalysis {
    view.tokens(); // analysed once for all windows
    return sliceAnalysis(view.analysed() as WordAnalysis, from, to);
  }

  // A guard that throws costs the fix, not the check.
  private safe(context: FixContext, finding: Finding, fix: Fix): boolean {
    try {
      return fixIsSafe(context, finding, fix);
    } catch (error) {
      this.opts.onRuleError?.(finding.ruleId, error);
      return false;
    }
  }

  private enabled(rule: CompiledRule, network: string): boolean {
    return !this.disabled.has(rule.id) && (!rule.networks || rule.networks.some((n) => n === network));
  }

  private run(rule: CompiledRule, view: EngineView): Finding[] {
    const out: Finding[] = [];
    if (!this.enabled(rule, view.ctx.network)) return out;
    const now = this.opts.now ?? (() => performance.now());
    const started = rule.timed ? now() : 0;
    let findings: Finding[];
    try {
      findings = rule.check(view);
    } catch (error) {
      this.disable(rule, `failed and was switched off: ${error instanceof Error ? error.message : String(error)}`, error);
      return out;
    }
    for (const f of findings) {
      // A finding outside the text would break the UI's ranges: drop it, loudly.
      if (f.start < 0 || f.start > f.end || f.end > view.text.length) {
        this.opts.onRuleError?.(rule.id, new RangeError(`finding ${f.start}-${f.end} outside the text`));
      } else out.push(f);
    }
    if (rule.timed) this.time(rule, now() - started);
    return out;
  }

  private time(rule: CompiledRule, elapsed: number): void {
    const limit = this.opts.slowRuleMs ?? 20;
    if (elapsed <= limit) return;
    const strikes = (this.strikes.get(rule.id) ?? 0) + 1;
    this.strikes.set(rule.id, strikes);
    if (strikes >= 3 || elapsed > limit * 10) {
      this.disable(rule, `took ${elapsed.toFixed(1)} ms on a check and was switched off`, undefined, 'slow-pattern');
    }
  }

  private disable(rule: CompiledRule, message: string, error: unknown, code: RuleConfigError['code'] = 'rule-failed') {
    this.disabled.set(rule.id, { ruleId: rule.id, index: this.indexOf.get(rule.id) ?? -1, code, message, skipped: true });
    this.opts.onRuleError?.(rule.id, error ?? new Error(message));
  }
}
