import type { Finding } from '../rules/types';

// Which finding the pointer or the caret is on. A caret just after a word
// still counts as on it, as people stop typing at a word's end.
export function findingAt(findings: readonly Finding[], offset: number, caret: boolean): Finding | undefined {
  return findings.find((f) => f.end > f.start && f.start <= offset && (caret ? offset <= f.end : offset < f.end));
}

/** Stable across re-checks while the text of the finding stays the same. */
export function findingKey(finding: Finding, text: string): string {
  return `${finding.ruleId}:${finding.start === finding.end ? '' : text.slice(finding.start, finding.end)}`;
}
