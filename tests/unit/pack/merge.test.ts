import { describe, expect, it } from 'vitest';
import { type Pack, mergePacks } from '../../../lib/pack';
import { makeItem, makePack } from './fixtures';

const contact = { name: 'Mette Holm', email: 'mette.holm@nordvind.example' };
const company: Pack = makePack({
  id: 'company',
  languages: ['en', 'da'],
  items: [makeItem({ id: 'a', title: 'A' }), makeItem({ id: 'b', title: 'B' }), makeItem({ id: 'c', title: 'C' })],
  guidelines: {
    contact,
    policyUrl: 'https://nordvind.example/policy',
    rules: [{ kind: 'blocklist', terms: ['quarterly results'] }],
  },
  sites: { linkedin: { enabled: true, composerSelectors: ['.ql-editor'] } },
});
const team: Pack = makePack({
  id: 'team-engineering',
  languages: ['da', 'nl'],
  items: [makeItem({ id: 'b', title: 'B for engineers' }), makeItem({ id: 'd', title: 'D' })],
  guidelines: {
    contact: { name: 'Team lead' },
    policyUrl: 'https://nordvind.example/team-policy',
    // The first is the company rule written with its keys in another order.
    rules: [{ terms: ['quarterly results'], kind: 'blocklist' }, { kind: 'hashtag', tag: '#NordvindEng' }],
  },
  sites: { linkedin: { enabled: false, composerSelectors: ['.ql-editor', '[role=textbox]'] }, x: { enabled: true } },
});

describe('mergePacks', () => {
  it('lets the later pack replace an item with the same id, in place, and appends new items', () => {
    const merged = mergePacks([company, team]);
    expect(merged.items.map((item) => `${item.id}:${item.title}`)).toEqual(['a:A', 'b:B for engineers', 'c:C', 'd:D']);
  });

  it('ignores item priority when choosing between packs', () => {
    const urgent = makePack({ id: 'company', items: [makeItem({ id: 'b', title: 'urgent', priority: 100 })] });
    const calm = makePack({ id: 'team', items: [makeItem({ id: 'b', title: 'calm', priority: 1 })] });
    expect(mergePacks([urgent, calm]).items.map((item) => item.title)).toEqual(['calm']);
  });

  it('takes contact and policy from the first pack with guidelines and keeps every rule once', () => {
    const merged = mergePacks([makePack({ id: 'none' }), company, team]);
    expect(merged.guidelines).toEqual({
      contact,
      policyUrl: 'https://nordvind.example/policy',
      rules: [
        { kind: 'blocklist', terms: ['quarterly results'] },
        { kind: 'hashtag', tag: '#NordvindEng' },
      ],
    });
  });

  it('keeps a site switched off by any pack off, and unites selectors', () => {
    expect(mergePacks([company, team]).sites).toEqual({
      linkedin: { enabled: false, composerSelectors: ['.ql-editor', '[role=textbox]'] },
      x: { enabled: true },
    });
  });

  it('unites languages in order and lists the sources', () => {
    const merged = mergePacks([company, team]);
    expect(merged.languages).toEqual(['en', 'da', 'nl']);
    expect(merged.sources.map((source) => source.id)).toEqual(['company', 'team-engineering']);
  });

  it('uses only the highest version of a pack given twice, at the first copy’s place', () => {
    const older = { ...company, version: 1, items: [makeItem({ id: 'a', title: 'old A' })] };
    const merged = mergePacks([company, team, older]);
    expect(merged.sources.map((source) => `${source.id}@${source.version}`)).toEqual(['company@3', 'team-engineering@3']);
    expect(merged.items.find((item) => item.id === 'a')?.title).toBe('A');
    const newer = { ...company, version: 9, items: [makeItem({ id: 'a', title: 'new A' })] };
    expect(mergePacks([company, team, newer]).items.map((item) => item.id)).toEqual(['a', 'b', 'd']);
  });

  it('is deterministic and leaves its input alone', () => {
    const before = JSON.stringify([company, team]);
    expect(mergePacks([company, team])).toEqual(mergePacks([company, team]));
    expect(JSON.stringify([company, team])).toBe(before);
  });

  it('merges nothing into an empty pack', () => {
    expect(mergePacks([])).toEqual({ sources: [], languages: [], items: [], sites: {} });
  });
});
