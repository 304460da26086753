// Local verdicts of the last check and of this one, by rule, window start
// and edits. A fix whose window lies wholly in the text the person did not
// touch since the last check has the same windows as then: its verdict is
// reused without cutting either window into words again.
export class Verdicts {
  private previous = new Map<string, boolean>();
  private current = new Map<string, boolean>();
  private unchanged?: { prefix: number; suffix: number; delta: number; length: number };

  // Called once per check; `unchanged` as found by incremental.ts, if any.
  next(length: number, unchanged: { prefix: number; suffix: number } | undefined, previousLength: number): void {
    this.previous = this.current;
    this.current = new Map();
    this.unchanged = unchanged && { ...unchanged, delta: length - previousLength, length };
  }

  get(ruleId: string, from: number, to: number, edits: string, compute: () => boolean): boolean {
    const u = this.unchanged;
    const before = !u ? undefined : to <= u.prefix ? from : from >= u.length - u.suffix ? from - u.delta : undefined;
    let verdict = before === undefined ? undefined : this.previous.get(`${ruleId}\u0000${before}\u0000${edits}`);
    verdict ??= compute();
    this.current.set(`${ruleId}\u0000${from}\u0000${edits}`, verdict);
    return verdict;
  }
}
