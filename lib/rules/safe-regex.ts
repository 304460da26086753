// Pattern rules come from packs, so their regular expressions are untrusted:
// JavaScript cannot interrupt a running RegExp, and one that backtracks
// catastrophically would freeze the composer. Four layers keep them in line:
// 1. static check (here): no nested repetition (star height > 1, the shape
//    of (a+)+ and (.*a){20}), no backreferences, no lookbehind over a
//    repetition, bounded length (kinds/pattern.ts);
// 2. timing (regex-timing.ts): each pattern runs at pack load on growing
//    adversarial texts built from its own characters, and is rejected past
//    a time budget; this catches what the static check lets through, such
//    as the ambiguous alternation in (a|aa)*b;
// 3. at check time a pattern sees at most the first PATTERN_MAX_INPUT units;
// 4. the engine times every pattern rule and switches off one that keeps
//    running slow (compile.ts).

export const PATTERN_MAX_INPUT = 4000;

interface Node {
  height: number; // nesting depth of repetition
  fixed: boolean; // always matches the same number of characters
  repeats: boolean; // contains any quantifier
}

class Unsafe extends Error {}

// Returns why the pattern is unsafe, or undefined. Assumes the source
// already compiles; the parts of the grammar that matter here (groups,
// classes, escapes, quantifiers) read the same with and without u.
export function unsafeReason(source: string): string | undefined {
  try {
    const parser = new Parser(source);
    parser.alternation();
    return undefined;
  } catch (error) {
    if (error instanceof Unsafe) return error.message;
    throw error;
  }
}

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  alternation(): Node {
    const branches = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return {
      height: Math.max(...branches.map((b) => b.height)),
      // Different branches may differ in width, so only one branch is fixed.
      fixed: branches.length === 1 && (branches[0] as Node).fixed,
      repeats: branches.some((b) => b.repeats),
    };
  }

  private sequence(): Node {
    const node: Node = { height: 0, fixed: true, repeats: false };
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.quantified(this.atom());
      node.height = Math.max(node.height, atom.height);
      node.fixed &&= atom.fixed;
      node.repeats ||= atom.repeats;
    }
    return node;
  }

  private quantified(atom: Node): Node {
    const q = this.quantifier();
    if (!q) return atom;
    if (this.s[this.i] === '?') this.i++; // lazy: same backtracking
    if (q.max <= 1) return { ...atom, fixed: atom.fixed && q.min === q.max, repeats: true };
    if (atom.height > 0) throw new Unsafe('nested quantifier (a repetition inside a repetition)');
    const fixed = atom.fixed && q.min === q.max;
    return { height: fixed ? 0 : 1, fixed, repeats: true };
  }

  private quantifier(): { min: number; max: number } | undefined {
    const c = this.s[this.i];
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      return { min: c === '+' ? 1 : 0, max: c === '?' ? 1 : Number.POSITIVE_INFINITY };
    }
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
    if (!braces) return undefined;
    this.i += braces[0].length;
    const min = Number(braces[1]);
    const max = braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Number.POSITIVE_INFINITY;
    return { min, max };
  }

  private atom(): Node {
    const c = this.s[this.i++];
    const single: Node = { height: 0, fixed: true, repeats: false };
    if (c === '(') return this.group();
    if (c === '[') {
      this.skipClass();
      return single;
    }
    if (c === '\\') return this.escape();
    return single; // a literal, ., ^ or $
  }

  private group(): Node {
    const head = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)?/.exec(this.s.slice(this.i))?.[0] ?? '';
    this.i += head.length;
    const inner = this.alternation();
    this.i++; // the closing parenthesis
    if ((head === '?<=' || head === '?<!') && (inner.repeats || !inner.fixed)) {
      throw new Unsafe('lookbehind containing a repetition');
    }
    return inner;
  }

  private escape(): Node {
    const c = this.s[this.i++] ?? '';
    if (/[1-9]/.test(c) || c === 'k') throw new Unsafe('backreference');
    // \p{…}, \u{…}, \uXXXX, \xXX, \cX: consume the rest of the escape.
    const rest = /^(\{[^}]*\}|[0-9A-Fa-f]{2,4}|[A-Za-z])?/.exec(this.s.slice(this.i))?.[0] ?? '';
    if ('pPu'.includes(c) && rest.startsWith('{')) this.i += rest.length;
    else if (c === 'u' || c === 'x') this.i += Math.min(rest.length, c === 'u' ? 4 : 2);
    else if (c === 'c') this.i += 1;
    return { height: 0, fixed: true, repeats: false };
  }

  private skipClass(): void {
    while (this.i < this.s.length && this.s[this.i] !== ']') {
      if (this.s[this.i] === '\\') this.i++;
      this.i++;
    }
    this.i++;
  }
}
