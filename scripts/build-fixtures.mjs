#!/usr/bin/env node
// Bundles the replica pages that the end-to-end tests serve in place of the
// real LinkedIn feed and X home (see tests/e2e/replicas.ts):
//   tests/fixtures/linkedin/feed.{html,ts,css}  -> tests/fixtures/dist/linkedin/
//   tests/fixtures/x/home.{html,tsx,css}        -> tests/fixtures/dist/x/
// Each dist folder gets the page HTML plus the bundle, its CSS (the editors'
// own stylesheets are imported by the entry files) and source maps, all
// served by the tests under /__replica/. Idempotent: every run rewrites the
// same files, each one atomically (write to a temp name, then rename), so a
// test that reads while another process builds never sees half a file.
//
// Usage: node scripts/build-fixtures.mjs        (about 1 s)
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'tests', 'fixtures');
const dist = join(fixtures, 'dist');

/** One replica page: its HTML, its entry module and where the bundle goes. */
const replicas = [
  { site: 'linkedin', html: 'feed.html', entry: 'feed.ts', jsxImportSource: undefined },
  // X is a React 17 app; the entry picks React's automatic JSX runtime.
  { site: 'x', html: 'home.html', entry: 'home.tsx', jsxImportSource: 'react' },
];

async function writeAtomically(path, contents) {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, contents);
  await rename(temp, path);
}

async function buildReplica({ site, html, entry, jsxImportSource }) {
  const outdir = join(dist, site);
  await mkdir(outdir, { recursive: true });
  const result = await build({
    entryPoints: [join(fixtures, site, entry)],
    outdir,
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    sourcemap: 'linked',
    // Draft.js and fbjs read `global` and `process.env.NODE_ENV` (Node-isms).
    define: { global: 'globalThis', 'process.env.NODE_ENV': '"production"' },
    jsx: 'automatic',
    jsxImportSource,
    // The repo tsconfig extends .wxt/tsconfig.json, which exists only after
    // `wxt prepare`; the fixtures need nothing from it.
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', jsxImportSource: jsxImportSource ?? 'preact' } },
    logLevel: 'warning',
    legalComments: 'none',
  });
  const written = [];
  for (const file of result.outputFiles) {
    await writeAtomically(file.path, file.contents);
    written.push(relative(root, file.path));
  }
  const page = join(outdir, html);
  const temp = `${page}.${process.pid}.tmp`;
  await copyFile(join(fixtures, site, html), temp);
  await rename(temp, page);
  written.push(relative(root, page));
  return written;
}

const started = performance.now();
const written = (await Promise.all(replicas.map(buildReplica))).flat();
// A stamp the test helper compares with the sources' modification times.
await writeAtomically(join(dist, '.built'), `${new Date().toISOString()}\n`);
const ms = Math.round(performance.now() - started);
console.log(`build-fixtures: ${written.length} files in ${ms} ms\n  ${written.join('\n  ')}`);
