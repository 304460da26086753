// Content scripts load on every LinkedIn and X page: their size is budgeted.
// `npm run size` prints the figures; `--check` fails when a budget is passed.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = '.output/chrome-mv3';
const CONTENT_BUDGET = 35 * 1024;

if (!existsSync(OUT)) {
  console.error('No build in .output/chrome-mv3: run npm run build first.');
  process.exit(1);
}

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const rows = files(OUT)
  .filter((file) => file.endsWith('.js'))
  .map((file) => {
    const bytes = readFileSync(file);
    return { file: file.slice(OUT.length + 1), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('bundle'.padEnd(44), 'raw'.padStart(10), 'gzip'.padStart(10), '  budget');
let over = false;
for (const row of rows) {
  const budgeted = row.file.startsWith('content-scripts/');
  const fail = budgeted && row.gzip > CONTENT_BUDGET;
  over ||= fail;
  console.log(row.file.padEnd(44), kb(row.raw).padStart(10), kb(row.gzip).padStart(10), budgeted ? `  ${kb(CONTENT_BUDGET)}${fail ? '  OVER' : ''}` : '');
}
if (process.argv.includes('--check') && over) {
  console.error(`A content script is over its ${kb(CONTENT_BUDGET)} gzipped budget.`);
  process.exit(1);
}
