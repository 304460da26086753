// Comparison bench: the median time of one check of the same ~3,000-character
// post (bench/rules-data.ts) by our guideline engine with 500 rules (set up as
// in bench/rules.ts), write-good, alex (plain text) and harper.js (LocalLinter,
// inlined wasm), and each tool's median as a ratio of ours. Every check sees a
// slightly different text (a keystroke), so no tool can answer from a cache of
// the last text. A tool that fails to load or run gets a row saying why.
import { compileRules } from '../lib/rules/compile';
import sampleRules from '../lib/rules/sample-rules.json';
import type { CheckContext } from '../lib/rules/types';
import { benchPost, keystrokes, syntheticRules } from './rules-data';

const BUDGET_MS = 10_000; // per tool, warm-up included
const MAX_ITERATIONS = 3000;
const WARMUP = 20;

type Row = { metric: string; value: number; unit: string; target?: string };
type Check = (text: string) => unknown;

const round = (n: number) => Math.round(n * 10) / 10;


// Warm up, then time single checks until MAX_ITERATIONS or the budget runs
// out; a check that returns a promise is awaited inside its timing.
async function medianUs(check: Check, texts: readonly string[]): Promise<{ medianUs: number; iterations: number }> {
  const deadline = performance.now() + BUDGET_MS;
  for (let i = 0; i < WARMUP && performance.now() < deadline; i++) await check(texts[i % texts.length] as string);
  const samples: number[] = [];
  for (let i = 0; i < MAX_ITERATIONS && (samples.length < 5 || performance.now() < deadline); i++) {
    const text = texts[i % texts.length] as string;
    const started = performance.now();
    const result = check(text);
    if (result instanceof Promise) await result;
    samples.push((performance.now() - started) * 1000);
  }
  samples.sort((a, b) => a - b);
  return { medianUs: round(samples[Math.floor(samples.length / 2)] ?? 0), iterations: samples.length };
}

async function chorusCheck(): Promise<Check> {
  const { rules } = syntheticRules(500);
  const { engine, errors } = compileRules([...(sampleRules as unknown[]), ...rules]);
  if (errors.some((e) => e.skipped)) throw new Error(`bench rules failed to compile: ${JSON.stringify(errors[0])}`);
  const linkedin: CheckContext = { network: 'linkedin', lockedSpans: ['#NordvindForward'] };
  return (text) => engine.check(text, linkedin);
}

async function writeGoodCheck(): Promise<Check> {
  const { default: writeGood } = await import('write-good');
  return (text) => writeGood(text);
}

async function alexCheck(): Promise<Check> {
  const alex = await import('alex');
  return (text) => alex.text(text);
}

async function harperCheck(): Promise<Check> {
  const { LocalLinter } = await import('harper.js');
  const { binaryInlined } = await import('harper.js/binaryInlined');
  const linter = new LocalLinter({ binary: binaryInlined });
  await linter.setup();
  return (text) => linter.lint(text);
}

const OTHERS: { name: string; target?: string; load: () => Promise<Check> }[] = [
  { name: 'write-good', target: '≥ 20', load: writeGoodCheck },
  { name: 'alex', load: alexCheck },
  { name: 'harper.js', load: harperCheck },
];

export async function runCompareBench(): Promise<Row[]> {
  const { terms } = syntheticRules(500);
  const texts = keystrokes(benchPost(terms));
  const rows: Row[] = [{ metric: 'post.chars', value: (texts[0] as string).length, unit: '' }];
  const ours = await medianUs(await chorusCheck(), texts);
  rows.push({ metric: 'chorus.medianUs', value: ours.medianUs, unit: 'µs' }, { metric: 'chorus.iterations', value: ours.iterations, unit: '' });
  for (const tool of OTHERS) {
    let check: Check;
    try {
      check = await tool.load();
      await check(texts[0] as string); // fails here rather than inside the timing
    } catch (error) {
      rows.push({ metric: `${tool.name} skipped: ${error instanceof Error ? error.message : String(error)}`, value: Number.NaN, unit: '' });
      continue;
    }
    const theirs = await medianUs(check, texts);
    rows.push(
      { metric: `${tool.name}.medianUs`, value: theirs.medianUs, unit: 'µs' },
      { metric: `${tool.name}.iterations`, value: theirs.iterations, unit: '' },
      { metric: `${tool.name} / chorus`, value: round(theirs.medianUs / ours.medianUs), unit: '×', ...(tool.target ? { target: tool.target } : {}) },
    );
  }
  return rows;
}
