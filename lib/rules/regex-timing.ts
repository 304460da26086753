// Layer 2 of safe-regex.ts: run an untrusted pattern at pack load on texts
// made to make it backtrack, and reject it if it runs over budget.
//
// The texts repeat characters the pattern itself uses (its literals, and a
// stand-in for each class: 1 for \d, a for \w and ., a space for \s),
// followed by a character no pattern expects, so every attempt fails late.
// Lengths grow in small steps first: an exponential pattern becomes slow
// between 20 and 40 characters, and a small step bounds the one slow run we
// must sit through to see it (a few times the budget). Then lengths double
// up to the most text a pattern ever sees, which exposes polynomial ones.
import { PATTERN_MAX_INPUT } from './safe-regex';

const LADDER = [8, 12, 16, 20, 24, 28, 32, 40, 48, 56, 64, 128, 256, 512, 1024, 2048, PATTERN_MAX_INPUT];
const FAIL = '\u0001';
const MAX_PUMPS = 8;

export function slowReason(regex: RegExp, source: string, budgetMs: number, now: () => number): string | undefined {
  const pumps = pumpsFor(source);
  for (const length of LADDER) {
    for (const pump of pumps) {
      const input = pump.repeat(Math.ceil(length / pump.length)).slice(0, length) + FAIL;
      let elapsed = timeScan(regex, input, now);
      // One slow run can be a garbage collection; a slow pattern is slow twice.
      if (elapsed > budgetMs && elapsed < budgetMs * 4) elapsed = Math.min(elapsed, timeScan(regex, input, now));
      if (elapsed > budgetMs) {
        return `took ${elapsed.toFixed(1)} ms on ${length} repetitions of "${pump}" (budget ${budgetMs} ms)`;
      }
    }
  }
  return undefined;
}

// The same loop a check runs: all matches, at most 100, empty ones skipped.
export function scanAll(regex: RegExp, input: string, maxMatches: number, onMatch?: (m: RegExpExecArray) => void) {
  regex.lastIndex = 0;
  let count = 0;
  for (let m = regex.exec(input); m !== null && count < maxMatches; m = regex.exec(input)) {
    if (m[0] === '') {
      // Step over a whole character, not half of a surrogate pair.
      const code = input.codePointAt(regex.lastIndex) ?? 0;
      regex.lastIndex += code > 0xffff ? 2 : 1;
      continue;
    }
    count++;
    onMatch?.(m);
  }
}

function timeScan(regex: RegExp, input: string, now: () => number): number {
  const started = now();
  scanAll(regex, input, 100);
  return now() - started;
}

function pumpsFor(source: string): string[] {
  const pumps = new Set<string>(['a', '1', ' ']);
  const literals = source
    .replace(/\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\c[a-zA-Z]/g, 'a')
    .replace(/\\d/g, '1')
    .replace(/\\s/g, ' ')
    .replace(/\\[wWDSbB]|[.]/g, 'a')
    .replace(/\\(.)/g, '$1')
    .replace(/[()[\]{}|*+?^$,:=!<>-]/g, '');
  for (const ch of literals) {
    if (pumps.size >= MAX_PUMPS) break;
    pumps.add(ch);
  }
  // The pattern's literal text as a whole, for repeated words.
  if (literals.length > 1) pumps.add(literals.slice(0, 40));
  return [...pumps];
}
