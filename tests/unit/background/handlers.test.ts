import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/background/db';
import { bundledPack } from '../../../lib/background/content-in-force';
import { createHandlers, POLICY_GRACE_MS, POLICY_WAIT_MS } from '../../../lib/background/handlers';
import { makeWorld } from './service-deps';

const now = new Date('2026-11-23T12:00:00Z');
const db = openDb('chorus-service-test');
afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

function handlers(settings = { team: '', role: '' }) {
  const world = makeWorld(db, { now });
  world.settings = settings;
  return createHandlers(world.deps);
}

describe('background handlers', () => {
  const pack = bundledPack();

  it('the bundled sample pack is valid', () => {
    expect(pack).not.toBeNull();
  });

  it('answers with active items for the network only', async () => {
    const answer = await handlers().getSuggestions({ network: 'x' });
    expect(answer.pack?.id).toBe(pack?.id);
    expect(answer.items.length).toBeGreaterThan(10);
    expect(answer.items.every((item) => item.text.x !== undefined)).toBe(true);
    for (const item of answer.items) {
      expect(!item.expiresAt || new Date(item.expiresAt) > now).toBe(true);
      expect(!item.startsAt || new Date(item.startsAt) <= now).toBe(true);
    }
    expect(answer.preferredLanguages).toEqual(['da']);
    // Who to ask and where the policy is; never the rules (their terms are confidential).
    expect(answer.guidelines).toEqual({ contact: pack?.guidelines?.contact, policyUrl: pack?.guidelines?.policyUrl });
    expect(JSON.stringify(answer)).not.toContain('Project Falcon');
  });

  it('shows audience items only to their team', async () => {
    const audienceIds = (pack?.items ?? []).filter((item) => item.audience?.teams?.length).map((item) => item.id);
    expect(audienceIds.length).toBeGreaterThan(0);
    const team = pack?.items.find((item) => item.audience?.teams?.length)?.audience?.teams?.[0] ?? '';
    const everyone = await handlers().getSuggestions({ network: 'linkedin' });
    const insiders = await handlers({ team, role: '' }).getSuggestions({ network: 'linkedin' });
    expect(everyone.items.map((item) => item.id)).not.toContain(audienceIds[0]);
    expect(insiders.items.map((item) => item.id)).toContain(audienceIds[0]);
  });

  it('counts inserts this week and reports status', async () => {
    const h = handlers();
    await h.recordInsert({ itemId: 'x1', network: 'x', surface: 'inline' });
    await h.recordInsert({ itemId: 'l1', network: 'linkedin', surface: 'share' });
    const status = await h.getStatus({});
    expect(status.insertedThisWeek).toBe(2);
    expect(status.activeItems).toBeGreaterThan(10);
    expect(status).toMatchObject({ content: 'bundled', managed: false, sources: [] });
  });

  it('answers with no items while a configured source has delivered nothing', async () => {
    const world = makeWorld(db, { now });
    world.packSettings = { ...world.packSettings, urls: ['https://packs.example/acme.json'] };
    const answer = await createHandlers(world.deps).getSuggestions({ network: 'linkedin' });
    expect(answer).toMatchObject({ pack: null, items: [], guidelines: null });
  });

  it('a first answer waits for the policy only a short grace, says it is pending, and a second one may wait longer', async () => {
    const world = makeWorld(db, { now });
    const asked: number[] = [];
    world.deps.configSoon = async (graceMs) => {
      asked.push(graceMs);
      return { config: await world.deps.config(), pending: graceMs < POLICY_WAIT_MS };
    };
    const h = createHandlers(world.deps);
    const first = await h.getSuggestions({ network: 'linkedin' });
    expect(first.pending).toBe(true);
    expect(first.items.length).toBeGreaterThan(10);
    expect((await h.getSuggestions({ network: 'linkedin', waitForPolicy: true })).pending).toBe(false);
    expect(asked).toEqual([POLICY_GRACE_MS, POLICY_WAIT_MS]);
    expect(POLICY_GRACE_MS).toBeLessThanOrEqual(250);
  });

  it('tells the panel the shortcut and opens the browser’s shortcut settings for it', async () => {
    const world = makeWorld(db, { now });
    world.deps.shortcut = async () => null;
    const h = createHandlers(world.deps);
    expect(await h.getShortcut({})).toEqual({ shortcut: null });
    expect(await h.openShortcutSettings({})).toEqual({ ok: true });
  });
});
