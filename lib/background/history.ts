import type { ChorusDb, ShareEvent } from './db';

// The local share history: ids and times only, never the text that was posted.

export async function recordShareEvent(db: ChorusDb, event: Omit<ShareEvent, 'id'>): Promise<void> {
  await db.history.add(event);
}

export function countSince(db: ChorusDb, since: number): Promise<number> {
  return db.history.where('at').aboveOrEqual(since).count();
}

/** Start of the current week (Monday 00:00, local time) for "this week" counts. */
export function startOfWeek(now: Date): number {
  const day = (now.getDay() + 6) % 7;
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() - day);
  return start.getTime();
}
