import { describe, expect, it } from 'vitest';
import { withSeparators } from '../../../lib/content/insert/separators';

describe('withSeparators', () => {
  it('inserts as is on an empty line', () => {
    expect(withSeparators('Hej verden', '', '')).toBe('Hej verden');
  });
  it('starts a new paragraph after the person\'s own words', () => {
    expect(withSeparators('Привет', 'Мои слова.', '')).toBe('\n\nПривет');
  });
  it('keeps words after the caret apart', () => {
    expect(withSeparators('Nieuws', '', 'en verder')).toBe('Nieuws\n\n');
  });
  it('adds nothing where white space already separates', () => {
    expect(withSeparators('🎉 News', 'Intro ', ' tail')).toBe('🎉 News');
  });
});
