import { describe, expect, it } from 'vitest';
import { type PackItem, activeItems, rankItems, textFor } from '../../../lib/pack';
import { NOW, makeItem } from './fixtures';

const ids = (items: readonly PackItem[]) => items.map((item) => item.id);

describe('activeItems', () => {
  const ctx = { now: NOW, network: 'linkedin' as const };

  it('drops items not yet started and expired ones; start inclusive, expiry exclusive', () => {
    const items = [
      makeItem({ id: 'always' }),
      makeItem({ id: 'started-now', startsAt: NOW.toISOString() }),
      makeItem({ id: 'starts-soon', startsAt: '2026-11-23T12:00:01Z' }),
      makeItem({ id: 'expired-now', expiresAt: NOW.toISOString() }),
      // 13:00 in Copenhagen is 12:00 UTC: offsets are honoured.
      makeItem({ id: 'expires-later-today', expiresAt: '2026-11-23T13:00:01+01:00' }),
      makeItem({ id: 'window', startsAt: '2026-11-01T00:00:00Z', expiresAt: '2026-12-01T00:00:00Z' }),
    ];
    expect(ids(activeItems(items, ctx))).toEqual(['always', 'started-now', 'expires-later-today', 'window']);
  });

  it('shows targeted items only to their team or role; both lists must match', () => {
    const items = [
      makeItem({ id: 'all' }),
      makeItem({ id: 'engineering', audience: { teams: ['engineering'] } }),
      makeItem({ id: 'recruiters', audience: { roles: ['recruiter'] } }),
      makeItem({ id: 'engineering-managers', audience: { teams: ['engineering'], roles: ['manager'] } }),
      makeItem({ id: 'empty-lists', audience: { teams: [], roles: [] } }),
    ];
    expect(ids(activeItems(items, ctx))).toEqual(['all', 'empty-lists']);
    expect(ids(activeItems(items, { ...ctx, team: ' Engineering ' }))).toEqual(['all', 'engineering', 'empty-lists']);
    expect(ids(activeItems(items, { ...ctx, role: 'recruiter' }))).toEqual(['all', 'recruiters', 'empty-lists']);
    expect(ids(activeItems(items, { ...ctx, team: 'engineering', role: 'manager' }))).toEqual([
      'all',
      'engineering',
      'engineering-managers',
      'empty-lists',
    ]);
  });

  it('drops items without text for the network', () => {
    const items = [makeItem({ id: 'both' }), makeItem({ id: 'linkedin-only', text: { linkedin: 'Long #Nordvind' } })];
    expect(ids(activeItems(items, { ...ctx, network: 'x' }))).toEqual(['both']);
    expect(ids(activeItems(items, ctx))).toEqual(['both', 'linkedin-only']);
  });
});

describe('rankItems without a query', () => {
  it('puts preferred languages first, an exact tag before the bare language', () => {
    const items = ['en', 'nl', 'da', 'en-GB', 'ru'].map((language) => makeItem({ id: language, language }));
    expect(ids(rankItems(items, { preferredLanguages: ['en-GB', 'da'] }))).toEqual(['en-GB', 'en', 'da', 'nl', 'ru']);
    expect(ids(rankItems(items, { preferredLanguages: ['DA'] }))).toEqual(['da', 'en', 'en-GB', 'nl', 'ru']);
  });

  it('then higher priority, then the most recent start, then id', () => {
    const items = [
      makeItem({ id: 'c-old', startsAt: '2026-10-01T00:00:00Z' }),
      makeItem({ id: 'b-undated' }),
      makeItem({ id: 'a-undated' }),
      makeItem({ id: 'urgent', priority: 90, startsAt: '2026-01-01T00:00:00Z' }),
      makeItem({ id: 'new', startsAt: '2026-11-20T00:00:00Z' }),
    ];
    expect(ids(rankItems(items, { preferredLanguages: ['en'] }))).toEqual(['urgent', 'new', 'c-old', 'a-undated', 'b-undated']);
    expect(ids(rankItems([...items].reverse(), { preferredLanguages: ['en'] }))).toEqual(ids(rankItems(items, { preferredLanguages: ['en'] })));
  });
});

describe('rankItems with a query', () => {
  const items = [
    makeItem({ id: 'in-text', title: 'Service hub', text: { linkedin: 'Our new WindPilot release', x: 'Short' } }),
    makeItem({ id: 'in-title', title: 'WindPilot launch' }),
    makeItem({ id: 'in-word', title: 'About MyWindPilot' }),
    makeItem({ id: 'unrelated', title: 'Careers' }),
    makeItem({ id: 'jobs', title: 'We are hiring', topic: 'jobs', hashtags: ['#hiring'], text: { linkedin: 'Join #hiring' } }),
  ];
  const rank = (query: string, pool = items) => ids(rankItems(pool, { preferredLanguages: ['en'], query }));

  it('keeps only items with every term and ranks title before text', () => {
    expect(rank('windpilot')).toEqual(['in-title', 'in-word', 'in-text']);
    expect(rank('WINDPILOT launch')).toEqual(['in-title']);
    expect(rank('windpilot nothing')).toEqual([]);
  });

  it('searches hashtags and topics', () => {
    expect(rank('#hiring')).toEqual(['jobs']);
    expect(rank('jobs')).toEqual(['jobs']);
  });

  it('ranks match quality above language preference', () => {
    const pool = [
      makeItem({ id: 'da-text', language: 'da', title: 'Nyhed', text: { linkedin: 'Om WindPilot' } }),
      makeItem({ id: 'en-title', language: 'en', title: 'WindPilot' }),
    ];
    expect(ids(rankItems(pool, { preferredLanguages: ['da'], query: 'windpilot' }))).toEqual(['en-title', 'da-text']);
  });

  it('an empty or blank query keeps everything', () => {
    expect(rank('  ')).toHaveLength(items.length);
  });
});

describe('search in Danish, Dutch and Russian', () => {
  const items = [
    makeItem({ id: 'da', language: 'da', title: 'Vindmøller i Nordsøen', text: { linkedin: 'Ældre møller får længere levetid' } }),
    makeItem({ id: 'nl', language: 'nl', title: 'Café in IJmuiden', text: { linkedin: 'Koffie en tijd' } }),
    makeItem({ id: 'ru-j', language: 'ru', title: 'Мой подшипник', text: { linkedin: 'Всё о ветре' } }),
    makeItem({ id: 'ru-i', language: 'ru', title: 'Мои турбины', text: { linkedin: 'Ещё' } }),
  ];
  const rank = (query: string) => ids(rankItems(items, { preferredLanguages: [], query }));

  it('finds Danish letters typed as such, and without the mark', () => {
    expect(rank('møller')).toEqual(['da']);
    expect(rank('MØLLER')).toEqual(['da']);
    expect(rank('moller')).toEqual(['da']);
    expect(rank('ældre')).toEqual(['da']);
    expect(rank('aeldre')).toEqual(['da']);
    expect(rank('længere nordsøen')).toEqual(['da']);
  });

  it('ignores accents and case in Dutch', () => {
    expect(rank('cafe')).toEqual(['nl']);
    expect(rank('ijmuiden tijd')).toEqual(['nl']);
  });

  it('keeps Russian й apart from и, and finds ё typed as е', () => {
    expect(rank('мой')).toEqual(['ru-j']);
    expect(rank('мои')).toEqual(['ru-i']);
    expect(rank('МОЙ ПОДШИПНИК')).toEqual(['ru-j']);
    expect(rank('все')).toEqual(['ru-j']);
    expect(rank('всё')).toEqual(['ru-j']);
    expect(rank('еще')).toEqual(['ru-i']);
  });

  it('finds the decomposed й (и + combining breve) as й', () => {
    const decomposed = [makeItem({ id: 'nfd', language: 'ru', title: 'Мои\u0306 отчёт' })];
    expect(ids(rankItems(decomposed, { preferredLanguages: [], query: 'мой' }))).toEqual(['nfd']);
    expect(ids(rankItems(decomposed, { preferredLanguages: [], query: 'мои' }))).toEqual([]);
  });
});

describe('textFor', () => {
  const link = 'https://nordvind.example/a?utm_source=chorus&utm_medium=advocacy&utm_campaign=c';

  it('appends the link: after a blank line on LinkedIn, a newline on X', () => {
    const item = makeItem({ link, text: { linkedin: 'Long text', x: 'Short text' } });
    expect(textFor(item, 'linkedin')).toBe(`Long text\n\n${link}`);
    expect(textFor(item, 'x')).toBe(`Short text\n${link}`);
  });

  it('leaves the text alone without a link or when the text already has it', () => {
    expect(textFor(makeItem({ text: { x: 'Plain' } }), 'x')).toBe('Plain');
    const item = makeItem({ link, text: { linkedin: `Read ${link} now` } });
    expect(textFor(item, 'linkedin')).toBe(`Read ${link} now`);
  });

  it('gives nothing for a network the item has no text for', () => {
    expect(textFor(makeItem({ link, text: { linkedin: 'Only here' } }), 'x')).toBeUndefined();
  });
});
