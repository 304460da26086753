// A large, valid pack for bench/packs.ts: 5,000 items across topics, five
// languages and both networks, with dates and audiences like a real library.
// Deterministic, so every run benches the same bytes.
import type { Pack, PackItem } from '../lib/pack';
import { TOPICS } from '../lib/pack/schema';

const LANGUAGES = ['en', 'da', 'nl', 'ru', 'de'] as const;
const PHRASES: Record<(typeof LANGUAGES)[number], string> = {
  en: 'Our service teams cut turbine downtime again this quarter, and the people who made it happen explain how.',
  da: 'Vores serviceteams har igen skåret ned på nedetiden for møllerne i dette kvartal, og de forklarer selv hvordan.',
  nl: 'Onze serviceteams hebben de stilstand van de turbines dit kwartaal opnieuw verkort, en vertellen zelf hoe.',
  ru: 'Наши сервисные команды снова сократили простои турбин в этом квартале и рассказывают, как им это удалось.',
  de: 'Unsere Serviceteams haben die Stillstandzeit der Turbinen in diesem Quartal erneut gesenkt und erzählen, wie.',
};

/** `edition` goes into the title: items of different editions differ. */
export function benchItem(index: number, edition = 0): PackItem {
  const language = LANGUAGES[index % LANGUAGES.length] ?? 'en';
  const phrase = PHRASES[language];
  const item: PackItem = {
    id: `bench-${String(index).padStart(5, '0')}`,
    topic: TOPICS[index % TOPICS.length] ?? 'company-news',
    language,
    title: `Update ${index}.${edition}: ${phrase.slice(0, 40)}`,
    text: {
      linkedin: `${phrase}\n\nRead the full story from item ${index} and tell me what you think. #Acme #Wind${index % 50}`,
      ...(index % 4 === 0 ? {} : { x: `${phrase.slice(0, 120)} #Acme` }),
    },
    link: `https://acme.example/news/${index}?utm_source=chorus&utm_medium=employee-advocacy`,
    hashtags: ['#Acme'],
    startsAt: '2026-01-01T00:00:00Z',
    priority: index % 101,
  };
  if (index % 3 === 0) item.expiresAt = '2027-06-30T00:00:00Z';
  if (index % 10 === 0) item.audience = { teams: ['sales', 'engineering'] };
  return item;
}

/**
 * Version `version` of the bench pack. `changed`: which items differ from the
 * previous version, 'tenth' (a typical update) or 'all' (a full replacement).
 */
export function benchPack(version: number, changed: 'tenth' | 'all' = 'tenth', count = 5000): Pack {
  // With 'tenth', item i last changed in the latest version v with v % 10 === i % 10.
  const edition = (index: number) => (changed === 'all' ? version : version - ((version - index) % 10 + 10) % 10);
  return {
    schemaVersion: '1.0',
    id: 'acme-bench',
    publisher: 'Acme Corp',
    version,
    issuedAt: '2026-11-20T09:00:00Z',
    languages: [...LANGUAGES],
    items: Array.from({ length: count }, (_, index) => benchItem(index, edition(index))),
  };
}
