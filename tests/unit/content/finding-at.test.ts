import { describe, expect, it } from 'vitest';
import { findingAt, findingKey } from '../../../lib/content/finding-at';
import type { Finding } from '../../../lib/rules/types';

const finding = (start: number, end: number, ruleId = 'r'): Finding => ({
  ruleId,
  kind: 'banned-terms',
  start,
  end,
  severity: 'error',
  message: { en: 'm' },
});

describe('findingAt', () => {
  const findings = [finding(0, 0, 'post-level'), finding(4, 9, 'word')];
  it('finds the finding under the pointer, not post-level ones', () => {
    expect(findingAt(findings, 4, false)?.ruleId).toBe('word');
    expect(findingAt(findings, 8, false)?.ruleId).toBe('word');
    expect(findingAt(findings, 9, false)).toBeUndefined();
    expect(findingAt(findings, 0, false)).toBeUndefined();
  });
  it('counts a caret right after the word as on it', () => {
    expect(findingAt(findings, 9, true)?.ruleId).toBe('word');
    expect(findingAt(findings, 10, true)).toBeUndefined();
  });
});

describe('findingKey', () => {
  it('stays the same when the finding moves but its text does not', () => {
    const text = 'Hej Windpilot';
    const moved = 'Ja, hej Windpilot';
    expect(findingKey(finding(4, 13, 'brand'), text)).toBe(findingKey(finding(8, 17, 'brand'), moved));
    expect(findingKey(finding(0, 0, 'tag'), text)).toBe('tag:');
  });
});
