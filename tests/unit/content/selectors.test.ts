// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isValidSelector, usableSelectors } from '../../../lib/content/selectors';

afterEach(() => vi.restoreAllMocks());

describe('pack-supplied selectors', () => {
  it('accepts valid selectors', () => {
    expect(isValidSelector('.ql-editor[contenteditable="true"]')).toBe(true);
  });
  it('drops a broken selector with a warning and keeps the rest', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(usableSelectors(['div[', '.a', '.b', '.a'])).toBe('.a, .b');
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toContain('div[');
  });
});
