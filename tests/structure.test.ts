import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layout and boundary rules (README, "How it is built") that a machine can check, so they stay true
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
  const pure = [...filesUnder('lib/rules'), ...filesUnder('lib/pack'), ...filesUnder('lib/text')];
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

// The rooms of the code and which may import which (README, "How it is
// built"). An arrow the wrong way makes a cycle likely and a boundary
// meaningless: the protocol must not know the background, pure code must not
// know the browser, views must not know sites or the worker.
type Layer = 'text' | 'pack' | 'rules' | 'i18n' | 'protocol' | 'store' | 'sites' | 'background' | 'content' | 'views';

function layerOf(file: string): Layer | null {
  const path = file.split('\\').join('/');
  if (path.startsWith('lib/text/')) return 'text';
  if (path.startsWith('lib/pack/')) return 'pack';
  if (path.startsWith('lib/rules/')) return 'rules';
  if (path === 'lib/i18n.ts') return 'i18n';
  if (path.startsWith('lib/messaging/') || path === 'lib/tab-messaging.ts') return 'protocol';
  if (path === 'lib/storage.ts') return 'store';
  if (path.startsWith('lib/sites/')) return 'sites';
  if (path.startsWith('lib/background/') || path === 'entrypoints/background.ts') return 'background';
  if (path.startsWith('lib/content/') || /^entrypoints\/[\w-]+\.content\//.test(path)) return 'content';
  if (path.startsWith('components/') || path.startsWith('entrypoints/popup/') || path.startsWith('entrypoints/options/')) return 'views';
  return null;
}

// What each room may import, besides itself. `types` are rooms whose types
// (only, `import type`) may be used: the protocol carries pack items and
// findings. The engine may use the pack's public parts (its networks, an
// item's text for a network); the pack never uses the engine.
const MAY_IMPORT: Record<Layer, { code: Layer[]; types?: Layer[] }> = {
  text: { code: [] },
  pack: { code: ['text'] },
  rules: { code: ['text', 'pack'] },
  i18n: { code: [] },
  protocol: { code: [], types: ['pack', 'rules'] },
  store: { code: [], types: ['protocol'] },
  sites: { code: [], types: ['pack'] },
  background: { code: ['protocol', 'store', 'pack', 'rules', 'text', 'i18n'] },
  content: { code: ['protocol', 'store', 'sites', 'pack', 'rules', 'text', 'i18n', 'views'] },
  views: { code: ['protocol', 'i18n', 'store'], types: ['pack', 'rules'] },
};

interface Arrow {
  from: string;
  to: string;
  typeOnly: boolean;
}

function arrowsOf(file: string): Arrow[] {
  return [...read(file).matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+['"]([^'"]+)['"]/gm)].flatMap((m) => {
    const to = resolveImport(file, m[3] ?? '');
    return to ? [{ from: file, to, typeOnly: m[2] !== undefined }] : [];
  });
}

function wrongArrows(files: string[], arrows: (file: string) => Arrow[] = arrowsOf): string[] {
  return files.flatMap((file) => {
    const from = layerOf(file);
    if (from === null) return [];
    return arrows(file).flatMap(({ to, typeOnly }) => {
      const target = layerOf(to);
      if (target === null || target === from) return [];
      const rule = MAY_IMPORT[from];
      const ok = rule.code.includes(target) || (typeOnly && rule.types?.includes(target) === true);
      return ok ? [] : [`${file} -> ${to} (${from} may not import ${typeOnly ? 'types of ' : ''}${target})`];
    });
  });
}

const ALL = [...filesUnder('lib'), ...filesUnder('components'), ...filesUnder('entrypoints')];

describe('rooms and arrows', () => {
  it('no import runs against the rooms\' rules', () => {
    expect(wrongArrows(ALL)).toEqual([]);
  });

  it('the check catches an arrow the wrong way', () => {
    const fake = (to: string, typeOnly = false) => () => [{ from: 'x', to, typeOnly }];
    expect(wrongArrows(['lib/messaging/index.ts'], fake('lib/background/handlers.ts', true))).toHaveLength(1);
    expect(wrongArrows(['lib/pack/select.ts'], fake('lib/rules/normalize.ts'))).toHaveLength(1);
    expect(wrongArrows(['components/PopupView.tsx'], fake('lib/background/db.ts', true))).toHaveLength(1);
    expect(wrongArrows(['lib/content/start.ts'], fake('lib/background/handlers.ts'))).toHaveLength(1);
    expect(wrongArrows(['lib/background/handlers.ts'], fake('lib/content/checks.ts'))).toHaveLength(1);
    expect(wrongArrows(['lib/rules/engine.ts'], fake('lib/pack/schema.ts'))).toEqual([]);
    expect(wrongArrows(['lib/text/fold.ts'], fake('lib/rules/engine.ts', true))).toHaveLength(1);
    expect(wrongArrows(['lib/content/start.ts'], fake('lib/messaging.ts'))).toEqual([]);
  });

  it('every source file belongs to a room', () => {
    const roomless = ALL.filter((file) => layerOf(file) === null && !file.startsWith(join('lib', 'i18n')));
    expect(roomless).toEqual([]);
  });

  it('no import cycles', () => {
    const graph = new Map(ALL.map((file) => [file, arrowsOf(file).map((arrow) => arrow.to)]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of ALL) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

// Each lib/ module is exercised by a unit test: imported by one, directly or
// through the module a test imports. The exceptions need a real browser (or a
// browser API happy-dom lacks) and are covered by the end-to-end suite.
const E2E_ONLY = new Set([
  'lib/background/sync/alarm.ts', // browser.alarms: tests/e2e/packs.spec.ts sees the retry alarm
  'lib/background/sync/config.ts', // storage.managed and the options' settings: tests/e2e/policy.spec.ts
  'lib/content/clipboard.ts', // navigator.clipboard: the insert fallback, e2e only
  'lib/content/start.ts', // the content script's entry: every e2e spec
  'lib/content/mount-assistant.tsx', // WXT's shadow-root UI in a real page: panel, checks, keyboard specs
  'lib/content/float-beside.ts', // layout of a real page: launcher.spec.ts, variants.spec.ts
  'lib/content/highlights.ts', // the CSS Custom Highlight API: checks.spec.ts
  'lib/content/underlines.ts', // picks highlights or the overlay: checks.spec.ts, underline-overlay.spec.ts
  'lib/content/assistant-checks.ts', // caret, hover and Post in a real page: checks.spec.ts
  'lib/content/finding-focus.ts', // selectionchange and hover in a real page: checks.spec.ts
  'lib/content/suggestions.ts', // the panel's data from the worker: panel.spec.ts
  'lib/content/text-under.ts', // caretPositionFromPoint: launcher.spec.ts
  'lib/content/insert-item.ts', // goes through the editors' own input paths: panel.spec.ts, undo.spec.ts
]);

describe('tests', () => {
  const reached = new Set(
    [...filesUnder('tests/unit'), 'tests/structure.test.ts'].filter((file) => /\.test\.tsx?$/.test(file)).flatMap((file) => [...reachableFrom(file)]),
  );
  // Types only (no code to run), like deps.ts or checks-types.ts: nothing to test.
  const typesOnly = (file: string) => !/^export\s+(?!type\b|interface\b)/m.test(code(file));
  it.each(filesUnder('lib').filter((file) => !file.endsWith('.d.ts') && !typesOnly(file)))('%s is exercised by a unit test, or listed as e2e-only', (file) => {
    const path = file.split('\\').join('/');
    expect(reached.has(file) || E2E_ONLY.has(path), `${path}: no unit test reaches it`).toBe(true);
  });
  it('the e2e-only list names files that exist and that no unit test reaches', () => {
    for (const path of E2E_ONLY) {
      expect(existsSync(join(ROOT, path)), path).toBe(true);
      expect(reached.has(path), `${path} is reached by a unit test now: take it off the list`).toBe(false);
    }
  });
});
