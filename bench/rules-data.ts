// Synthetic rule sets and a post for bench/rules.ts: pseudo-words in Latin,
// Danish and Cyrillic letters, so the trie sees the alphabets packs use.

const LATIN = 'abcdefghijklmnoprstuvy';
const DANISH = 'æøå';
const CYRILLIC = 'абвгдежзиклмнопрстуфхцчшщыэюя';

// Deterministic, so every run benches the same rules.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function word(next: () => number): string {
  const alphabet = next() < 0.25 ? CYRILLIC : next() < 0.2 ? LATIN + DANISH : LATIN;
  const length = 5 + Math.floor(next() * 6);
  let w = '';
  for (let i = 0; i < length; i++) w += alphabet[Math.floor(next() * alphabet.length)];
  return w;
}

export interface SyntheticSet {
  rules: Record<string, unknown>[];
  terms: string[]; // every term, for the naive baseline and for seeding the post
}

// Half banned-term rules (1-3 terms, some phrases, some prefixes), half
// substitutions; messages in two languages, like a real pack.
export function syntheticRules(count: number, seed = 7): SyntheticSet {
  const next = random(seed);
  const rules: Record<string, unknown>[] = [];
  const terms: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(next() * 3);
    const ruleTerms: string[] = [];
    for (let t = 0; t < n; t++) {
      let term = next() < 0.3 ? `${word(next)} ${word(next)}` : word(next);
      if (next() < 0.15) term += '*';
      ruleTerms.push(term);
    }
    terms.push(...ruleTerms);
    const message = { en: `“{found}” is not allowed (${i}).`, da: `“{found}” er ikke tilladt (${i}).` };
    rules.push(
      i % 2 === 0
        ? { id: `synthetic-${i}`, kind: 'banned-terms', severity: 'warning', terms: ruleTerms, message }
        : {
            id: `synthetic-${i}`,
            kind: 'substitution',
            severity: 'suggestion',
            replacements: [{ from: ruleTerms.map((t) => t.replace('*', '')), to: word(next) }],
            message,
          },
    );
  }
  return { rules, terms };
}

const PARAGRAPHS = [
  'Proud to share that our team in Aarhus delivered the new WindPilot service update this week. Windpilot now predicts turbine wear two weeks earlier, which means fewer unplanned stops offshore. Read more at http://nordvind.example/news/windpilot-update and tell me what you think!',
  'Vi har brugt et år på at lytte til teknikerne på møllerne, og det kan mærkes. Tak til alle i teamet i Esbjerg, der har testet løsningen i blæst og regn. Spørgsmål? Skriv til press@nordvind.example.',
  'Wat een week! Samen met onze klanten in Groningen hebben we laten zien hoe onderhoud slimmer kan. Het mooiste compliment: minder storingen en meer tijd voor het echte werk. Bedankt aan iedereen die meedacht.',
  'Горжусь нашей командой: за год мы сократили простои турбин почти на треть. Спасибо коллегам из Санкт-Петербурга за терпение и идеи, особенно в самые ветреные недели зимы. Подробности скоро.',
  'Some numbers I can share: 2026 is our 25th year, we have 1 000 000 happy readers of the blog, and order 4821-337 shipped on 12.03.2026. Call the switchboard on +45 70 10 20 30 if you want to know more.',
];

// About 3,000 UTF-16 units with a few findings from the sample rules and,
// when given, from the synthetic rules (so the bench also pays for hits).
export function benchPost(seedTerms: readonly string[] = []): string {
  let text = '';
  let i = 0;
  while (text.length < 2900) {
    text += `${PARAGRAPHS[i % PARAGRAPHS.length]}\n\n`;
    if (i < seedTerms.length && i % 3 === 0) text += `(${seedTerms[i]?.replace('*', 'en')}) `;
    i++;
  }
  return `${text.slice(0, 2950)} #NordvindForward #employee`;
}

// One character changed per variant, at places spread over the post and
// visited there and back, so each check differs from the one before in two
// characters about 50 apart (an edit here, then one a line further on).
export function keystrokes(post: string, count = 64): string[] {
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = Math.floor((post.length * i) / count);
    texts.push(`${post.slice(0, at)}${i % 2 === 0 ? 'x' : ' '}${post.slice(at + 1)}`);
  }
  return [...texts, ...texts.slice(1, -1).reverse()];
}
