// `npm run bench`: every benchmark module in BENCHES, one after another, and
// one table of figures at the end. A module exports an async function that
// returns either rows ({ metric, value, unit, target? }) or a flat record of
// metric -> number. Figures only: nothing here passes or fails on a timing.
// A bench that throws is reported and the others still run.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const BENCHES = [
  // Needs the built extension: measured in Chromium.
  { name: 'packs', file: 'bench/packs.ts', run: 'runPacksBench', needsBuild: true },
  // A fresh profile's first card, and a warm composer's: Chromium, built extension.
  { name: 'first-run', file: 'bench/first-run.ts', run: 'runFirstRunBench', needsBuild: true },
  // Busy feed against no extension, in Chromium (bench/feed.ts).
  { name: 'feed', file: 'bench/feed.ts', run: 'runFeedBench', needsBuild: true },
  { name: 'rules', file: 'bench/rules.ts', run: 'runRulesBench' },
  // write-good assigns undeclared variables (sloppy mode), which throws once
  // bundled into strict ESM: Node loads it from node_modules instead.
  { name: 'compare', file: 'bench/compare.ts', run: 'runCompareBench', external: ['write-good'] },
];

const only = process.argv.slice(2);
const selected = only.length > 0 ? BENCHES.filter((bench) => only.includes(bench.name)) : BENCHES;

async function load(bench) {
  const { buildSync } = await import('esbuild');
  // Two folders deep, as the sources are: helpers that find the repository
  // from their own URL (tests/e2e/replicas.ts) still find it once bundled.
  const outfile = resolve(`.cache/bench/${bench.name}.mjs`);
  mkdirSync('.cache/bench', { recursive: true });
  // Libraries are bundled too (some, like twitter-text, do not resolve as plain
  // Node ESM); only the browser driver and a bench's own `external` list stay
  // outside.
  buildSync({ entryPoints: [bench.file], bundle: true, platform: 'node', format: 'esm', outfile, external: ['@playwright/test', 'playwright', 'playwright-core', ...(bench.external ?? [])], logLevel: 'error' });
  return import(`${outfile}?t=${Date.now()}`);
}

function rowsOf(result) {
  if (Array.isArray(result)) return result;
  return Object.entries(result).map(([metric, value]) => ({ metric, value, unit: '' }));
}

if (selected.some((bench) => bench.needsBuild)) {
  console.log('Building the extension (npm run build)…');
  execSync('npm run -s build', { stdio: 'ignore' });
}

const table = [];
for (const bench of selected) {
  console.log(`▶ ${bench.name}`);
  const started = performance.now();
  try {
    const module = await load(bench);
    for (const row of rowsOf(await module[bench.run]())) table.push({ bench: bench.name, ...row });
  } catch (error) {
    table.push({ bench: bench.name, metric: `failed: ${error instanceof Error ? error.message : String(error)}`, value: Number.NaN, unit: '' });
  }
  console.log(`  ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const width = Math.max(...table.map((row) => row.metric.length), 6);
const benchWidth = Math.max(...table.map((row) => row.bench.length), 5);
console.log(`\n${'bench'.padEnd(benchWidth)} ${'metric'.padEnd(width)} ${'value'.padStart(10)} unit  target`);
for (const row of table) {
  const value = Number.isNaN(row.value) ? '—' : String(row.value);
  console.log(`${row.bench.padEnd(benchWidth)} ${row.metric.padEnd(width)} ${value.padStart(10)} ${row.unit.padEnd(5)} ${row.target ?? ''}`);
}
if (table.some((row) => row.metric.startsWith('failed'))) process.exitCode = 1;
