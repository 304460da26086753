import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The rules of shared/STYLE.md that a machine can check, so they stay true
// without review: pure modules, view boundaries, where selectors live,
// a background that never touches the DOM, complete locale files.

const ROOT = resolve(__dirname, '..');
const SOURCE = /\.(ts|tsx)$/;

function filesUnder(dir: string): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : SOURCE.test(entry.name) ? [path] : [];
  });
}

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const importsOf = (file: string) => [...read(file).matchAll(/(?:from|import)\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
/** Imports that bring code in; `import type` costs nothing at run time. */
const valueImportsOf = (file: string) =>
  [...read(file).matchAll(/^import\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
/** Source without comments, so a comment that names `document` is no offence. */
const code = (file: string) => read(file).replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = join(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(join(ROOT, candidate)) && SOURCE.test(candidate)) return candidate;
  }
  return null;
}

function reachableFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of importsOf(file)) {
      const next = resolveImport(file, spec);
      if (next) queue.push(next);
    }
  }
  return seen;
}

describe('pure modules', () => {
  const pure = [...filesUnder('lib/rules'), ...filesUnder('lib/pack')];
  it.each(pure)('%s uses no DOM, browser or Dexie', (file) => {
    expect(importsOf(file).filter((spec) => /^(wxt|dexie)|\/db$|\/sites\/|\/content\//.test(spec))).toEqual([]);
    expect(code(file)).not.toMatch(/\b(document|window|browser|chrome)\s*\./);
  });
});

describe('views', () => {
  it.each(filesUnder('components'))('%s gets data by props, not from storage or sites', (file) => {
    expect(valueImportsOf(file).filter((spec) => /\/db$|\/sites\/|\/storage$|dexie/.test(spec))).toEqual([]);
  });
});

describe('background', () => {
  it('never touches window or document (it is a service worker)', () => {
    const offenders = [...reachableFrom('entrypoints/background.ts')].filter((file) => /\b(window|document)\s*\./.test(code(file)));
    expect(offenders).toEqual([]);
  });
});

describe('selectors', () => {
  const outsideSites = [...filesUnder('lib'), ...filesUnder('components'), ...filesUnder('entrypoints')].filter(
    (file) => !file.startsWith(join('lib', 'sites')),
  );
  it.each(outsideSites)('%s holds no selector strings (site knowledge lives in lib/sites)', (file) => {
    expect(code(file)).not.toMatch(/\.(querySelector|querySelectorAll|closest|matches)\(\s*['"`]/);
  });
});

describe('pack data is text', () => {
  const source = [...filesUnder('lib'), ...filesUnder('components'), ...filesUnder('entrypoints')];
  it.each(source)('%s never writes HTML', (file) => {
    expect(code(file)).not.toMatch(/dangerouslySetInnerHTML|\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/);
  });
});

describe('file size', () => {
  const source = [...filesUnder('lib'), ...filesUnder('components'), ...filesUnder('entrypoints')];
  it.each(source)('%s stays small (under 200 lines)', (file) => {
    expect(read(file).split('\n').length).toBeLessThan(200);
  });
});

describe('locales', () => {
  const localesDir = join(ROOT, 'public/_locales');
  type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
  const load = (lang: string) => JSON.parse(readFileSync(join(localesDir, lang, 'messages.json'), 'utf8')) as Messages;
  const en = load('en');
  it('ships English, Danish, Dutch, Russian and German', () => {
    expect(readdirSync(localesDir).sort()).toEqual(expect.arrayContaining(['da', 'de', 'en', 'nl', 'ru']));
  });
  it.each(readdirSync(localesDir).filter((lang) => lang !== 'en'))('%s has every key and placeholder that en has', (lang) => {
    const messages = load(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      const placeholders = (text: string) => [...text.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]).sort();
      expect(placeholders(messages[key]?.message ?? ''), `${lang}:${key}`).toEqual(placeholders(entry.message));
    }
  });
  it('every message key the code uses exists', () => {
    const used = [...filesUnder('lib'), ...filesUnder('components'), ...filesUnder('entrypoints')].flatMap((file) =>
      [...read(file).matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1] ?? ''),
    );
    expect(used.filter((key) => !(key in en))).toEqual([]);
    expect(used.length).toBeGreaterThan(10);
  });
});

it('test files mirror the layout', () => {
  expect(relative(ROOT, join(ROOT, 'tests/unit'))).toBe(join('tests', 'unit'));
  expect(existsSync(join(ROOT, 'tests/unit'))).toBe(true);
});
