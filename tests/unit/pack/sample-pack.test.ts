// The bundled sample pack is what a new user sees first and what demos and
// end-to-end tests run on: it must be valid, varied, postable as written and
// timed so that exactly the intended items are hidden today.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { NETWORKS, TOPICS, activeItems, packIssues, parsePackText, textFor } from '../../../lib/pack';
import { NOW, samplePack } from './fixtures';

// twitter-text ships no types; a typed require keeps this test from declaring
// the module globally, where it could clash with a declaration elsewhere.
const { parseTweet } = createRequire(import.meta.url)('twitter-text') as {
  parseTweet: (text: string) => { weightedLength: number; valid: boolean };
};

const pack = samplePack();
const count = (predicate: (item: (typeof pack.items)[number]) => boolean) => pack.items.filter(predicate).length;

describe('the sample pack', () => {
  it('passes parsePackText as an unsigned pack', async () => {
    const result = await parsePackText(JSON.stringify(pack), { trustedKeys: [], allowUnsigned: true });
    expect(result.ok).toBe(true);
    expect(packIssues(pack)).toEqual([]);
    expect(pack).toMatchObject({ id: 'sample', version: 1, schemaVersion: '1.0' });
    expect(pack.guidelines?.rules.length).toBeGreaterThan(0);
  });

  it('has at least 24 items covering every topic and at least 5 per language', () => {
    expect(pack.items.length).toBeGreaterThanOrEqual(24);
    for (const topic of TOPICS) expect(count((item) => item.topic === topic), topic).toBeGreaterThan(0);
    for (const language of ['en', 'da', 'nl', 'ru']) {
      expect(count((item) => item.language === language), language).toBeGreaterThanOrEqual(5);
      expect(pack.languages).toContain(language);
    }
  });

  it('has LinkedIn and X text for every item, X within 280 weighted characters with its link', () => {
    for (const item of pack.items) {
      for (const network of NETWORKS) expect(item.text[network], `${item.id} ${network}`).toBeDefined();
      const tweet = parseTweet(textFor(item, 'x') ?? '');
      expect(tweet.valid, `${item.id}: ${tweet.weightedLength}`).toBe(true);
      expect(tweet.weightedLength, item.id).toBeLessThanOrEqual(280);
    }
  });

  it('writes LinkedIn posts of several paragraphs, 300 to 1200 characters', () => {
    for (const item of pack.items) {
      const text = item.text.linkedin ?? '';
      expect(text.length, item.id).toBeGreaterThanOrEqual(300);
      expect(text.length, item.id).toBeLessThanOrEqual(1200);
      expect(text.split('\n\n').length, item.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('writes the language’s own letters', () => {
    const all = (language: string) => pack.items.filter((item) => item.language === language).map((item) => item.text.linkedin).join(' ');
    expect(all('da')).toMatch(/æ/);
    expect(all('da')).toMatch(/ø/);
    expect(all('da')).toMatch(/å/);
    expect(all('nl')).toMatch(/ij/);
    expect(all('ru')).toMatch(/й/);
    expect(all('ru')).toMatch(/ё/);
    expect(all('ru').match(/[а-яё]/gi)?.length).toBeGreaterThan(2000);
  });

  it('contains every required hashtag and locked span in both texts, disclosures before the fold', () => {
    for (const item of pack.items) {
      for (const network of NETWORKS) {
        const text = item.text[network] ?? '';
        for (const tag of item.hashtags ?? []) expect(text, `${item.id} ${network}`).toContain(tag);
        for (const span of item.lockedSpans ?? []) {
          // LinkedIn folds long posts after about 200 characters ("see more").
          expect(text.indexOf(span.text), `${item.id} ${network}`).toBeGreaterThanOrEqual(0);
          expect(text.indexOf(span.text), `${item.id} ${network}`).toBeLessThan(200);
        }
      }
    }
    expect(count((item) => (item.lockedSpans ?? []).length > 0)).toBeGreaterThanOrEqual(4);
  });

  it('spells the brand and product names one way only', () => {
    // The items, not the guidelines: the spelling rule names the wrong forms on purpose.
    const all = JSON.stringify(pack.items);
    expect(all).toContain('WindPilot');
    expect(all).not.toMatch(/Windpilot|Wind Pilot|WINDPILOT|windPilot|NordVind|Nord Vind/);
  });

  it('links over https with the UTM parameters', () => {
    const links = pack.items.flatMap((item) => (item.link === undefined ? [] : [new URL(item.link)]));
    expect(links.length).toBeGreaterThanOrEqual(8);
    for (const link of links) {
      expect(link.protocol).toBe('https:');
      for (const param of ['utm_source', 'utm_medium', 'utm_campaign']) expect(link.searchParams.get(param), link.href).toBeTruthy();
    }
  });

  it('hides exactly the expired, not-yet-started and targeted items today', () => {
    const hidden = (ctx: { team?: string; role?: string }) => {
      const shown = new Set(activeItems(pack.items, { now: NOW, network: 'linkedin', ...ctx }).map((item) => item.id));
      return pack.items.filter((item) => !shown.has(item.id)).map((item) => item.id);
    };
    const expired = 'nv-2026-10-klantendag-workshops-nl';
    const notStarted = 'nv-2026-12-julekalender-da';
    const engineering = 'nv-2026-11-telemetry-false-alarms-en';
    const recruiter = 'nv-2026-11-recruiter-technicians-en';
    expect(hidden({})).toEqual([engineering, recruiter, notStarted, expired]);
    expect(hidden({ team: 'engineering' })).toEqual([recruiter, notStarted, expired]);
    expect(hidden({ role: 'recruiter' })).toEqual([engineering, notStarted, expired]);
    expect(activeItems(pack.items, { now: NOW, network: 'x', team: 'engineering', role: 'recruiter' })).toHaveLength(pack.items.length - 2);
  });

  it('shows the waiting item once it starts and hides the expired one before its start', () => {
    const ids = (now: Date) => activeItems(pack.items, { now, network: 'x' }).map((item) => item.id);
    expect(ids(new Date('2026-12-01T05:00:00Z'))).toContain('nv-2026-12-julekalender-da');
    expect(ids(new Date('2026-11-10T12:00:00Z'))).toContain('nv-2026-10-klantendag-workshops-nl');
  });
});
