// Shared test data for the pack tests: the bundled sample pack, a minimal
// valid pack to break one field at a time, and the fixed "today".
import samplePackJson from '../../../lib/pack/sample-pack.json';
import { type Pack, type PackItem, packSchema } from '../../../lib/pack';

// The sample pack's dates are written for this day; tests never use the clock.
export const NOW = new Date('2026-11-23T12:00:00Z');

// A fresh, validated copy each time, so no test can leak changes into another.
export function samplePack(): Pack {
  return packSchema.parse(structuredClone(samplePackJson));
}

export function makeItem(overrides: Partial<PackItem> = {}): PackItem {
  return {
    id: 'item-1',
    topic: 'company-news',
    language: 'en',
    title: 'A title',
    text: { linkedin: 'A LinkedIn text #Nordvind', x: 'An X text #Nordvind' },
    hashtags: ['#Nordvind'],
    ...overrides,
  };
}

export function makePack(overrides: Partial<Pack> = {}): Pack {
  return {
    schemaVersion: '1.0',
    id: 'test-pack',
    publisher: 'Nordvind A/S',
    version: 3,
    issuedAt: '2026-11-20T09:00:00Z',
    languages: ['en'],
    items: [makeItem()],
    ...overrides,
  };
}

// A deep copy as plain JSON data, to break in ways the Pack type forbids.
export function asJson(value: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}
