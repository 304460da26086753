import { describe, expect, it } from 'vitest';
import { SUPPORTED_SCHEMA_MAJOR, packIssues, packSchema } from '../../../lib/pack';
import { asJson, makeItem, makePack, samplePack } from './fixtures';

// Validates a pack whose first item is replaced by `item` (plain JSON, so the
// broken values the Pack type forbids can be written).
function withItem(item: Record<string, unknown>) {
  return packSchema.safeParse({ ...asJson(makePack()), items: [item] });
}

function issuePaths(result: ReturnType<typeof packSchema.safeParse>): string[] {
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('packSchema', () => {
  it('accepts the bundled sample pack and the minimal pack', () => {
    expect(packSchema.safeParse(samplePack()).success).toBe(true);
    expect(packSchema.safeParse(makePack()).success).toBe(true);
  });

  it.each([
    ['http link', { link: 'http://nordvind.example/a' }, 'items.0.link'],
    ['javascript link', { link: 'javascript:alert(1)' }, 'items.0.link'],
    ['language as a word', { language: 'english' }, 'items.0.language'],
    ['upper-case language', { language: 'EN' }, 'items.0.language'],
    ['empty text object', { text: {} }, 'items.0.text'],
    ['empty LinkedIn text', { text: { linkedin: '' } }, 'items.0.text.linkedin'],
    ['hashtag without #', { hashtags: ['Nordvind'] }, 'items.0.hashtags.0'],
    ['hashtag with a space', { hashtags: ['#wind power'] }, 'items.0.hashtags.0'],
    ['bare #', { hashtags: ['#'] }, 'items.0.hashtags.0'],
    ['unknown topic', { topic: 'gossip' }, 'items.0.topic'],
    ['priority above 100', { priority: 101 }, 'items.0.priority'],
    ['date without offset', { expiresAt: '2026-12-01T00:00:00' }, 'items.0.expiresAt'],
    ['id with a space', { id: 'a b' }, 'items.0.id'],
  ])('refuses an item with %s', (_name, change, path) => {
    expect(issuePaths(withItem({ ...asJson(makeItem()), ...change }))).toContain(path);
  });

  it('refuses an item with no text at all', () => {
    const { text: _text, ...withoutText } = asJson(makeItem());
    expect(issuePaths(withItem(withoutText))).toContain('items.0.text');
  });

  it(`refuses a schemaVersion whose major is not ${SUPPORTED_SCHEMA_MAJOR}`, () => {
    for (const schemaVersion of ['2.0', '0.9', '10.0', '1', 'v1.0']) {
      expect(issuePaths(packSchema.safeParse({ ...makePack(), schemaVersion }))).toEqual(['schemaVersion']);
    }
  });

  it('accepts a newer minor version and strips the fields it does not know', () => {
    const result = packSchema.safeParse({ ...makePack(), schemaVersion: '1.7', futureField: true });
    expect(result.success && result.data).toMatchObject({ schemaVersion: '1.7' });
    expect(result.success && 'futureField' in result.data).toBe(false);
  });
});

describe('packIssues', () => {
  it('finds nothing wrong in the sample pack', () => {
    expect(packIssues(samplePack())).toEqual([]);
  });

  it('reports duplicate item ids', () => {
    const issues = packIssues(makePack({ items: [makeItem(), makeItem()] }));
    expect(issues).toEqual([{ path: ['items', 1, 'id'], message: 'duplicate item id "item-1"' }]);
  });

  it('reports an expiry before the start', () => {
    const item = makeItem({ startsAt: '2026-12-01T00:00:00Z', expiresAt: '2026-12-01T00:00:00+01:00' });
    expect(packIssues(makePack({ items: [item] })).map((issue) => issue.path)).toEqual([['items', 0, 'expiresAt']]);
  });

  it('reports a required hashtag missing from a text, word-exactly and case-exactly', () => {
    const item = makeItem({
      text: { linkedin: 'Meet #WindPilot', x: 'Meet #windpilot' },
      hashtags: ['#Wind', '#WindPilot'],
    });
    expect(packIssues(makePack({ items: [item] })).map((issue) => issue.message)).toEqual([
      '#Wind is missing from the linkedin text',
      '#Wind is missing from the x text',
      '#WindPilot is missing from the x text',
    ]);
  });

  it('accepts a hashtag followed by punctuation, and one only on the network that has text', () => {
    const item = makeItem({ text: { x: 'Spot #WindPilot, and #Nordvind!' }, hashtags: ['#WindPilot', '#Nordvind'] });
    expect(packIssues(makePack({ items: [item] }))).toEqual([]);
  });

  it('reports a locked span missing from a text', () => {
    const item = makeItem({
      text: { linkedin: '(I work at Nordvind) Hello', x: 'Hello' },
      hashtags: undefined,
      lockedSpans: [{ text: '(I work at Nordvind)' }],
    });
    expect(packIssues(makePack({ items: [item] }))).toEqual([
      { path: ['items', 0, 'lockedSpans', 0, 'text'], message: 'locked span is missing from the x text' },
    ]);
  });
});
