import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/background/db';
import { countSince, recordShareEvent, startOfWeek } from '../../../lib/background/history';

const names: string[] = [];
function freshDb() {
  const name = `chorus-test-${names.length}-${Date.now()}`;
  names.push(name);
  return openDb(name);
}

afterEach(async () => {
  for (const name of names.splice(0)) {
    const db = openDb(name);
    await db.delete();
  }
});

describe('share history', () => {
  it('records ids and times and counts since a moment', async () => {
    const db = freshDb();
    await recordShareEvent(db, { itemId: 'a', network: 'x', surface: 'inline', action: 'inserted', at: 1_000 });
    await recordShareEvent(db, { itemId: 'b', network: 'linkedin', surface: 'share', action: 'inserted', at: 5_000 });
    expect(await countSince(db, 2_000)).toBe(1);
    expect(await countSince(db, 0)).toBe(2);
    const stored = await db.history.toArray();
    // Ids and places only, never a draft's text.
    expect(Object.keys(stored[0] ?? {}).sort()).toEqual(['action', 'at', 'id', 'itemId', 'network', 'surface']);
  });

  it('weeks start on Monday', () => {
    const wednesday = new Date(2026, 10, 25, 15, 30);
    const start = new Date(startOfWeek(wednesday));
    expect(start.getDay()).toBe(1);
    expect(start.getDate()).toBe(23);
    expect(start.getHours()).toBe(0);
    const sunday = new Date(2026, 10, 29, 23, 0);
    expect(new Date(startOfWeek(sunday)).getDate()).toBe(23);
  });
});
