import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeItem, makePack } from './pack/fixtures';
import { messages } from './rules/helpers';

// The admin's CLI runs a pack's own guidelines over its items: a warning by
// default, an error with --strict that names the item and the rule.
const dir = mkdtempSync(join(tmpdir(), 'chorus-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rule = { id: 'link-tracking', kind: 'links' as const, severity: 'warning' as const, requiredParams: { utm_medium: 'employee-advocacy' }, message: messages('Tracking: use {expected}') };
const packFile = (name: string, link: string) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(makePack({ guidelines: { contact: { name: 'Comms' }, policyUrl: 'https://a.example/policy', rules: [rule] }, items: [makeItem({ id: 'launch-post', link })] })));
  return file;
};
const validate = (...args: string[]) => spawnSync(process.execPath, ['cli/chorus-pack.mjs', 'validate', ...args], { encoding: 'utf8' });

describe('chorus-pack validate', () => {
  const bad = packFile('bad.json', 'https://a.example/?utm_medium=advocacy');

  it('fails under --strict with the item id and rule id', () => {
    const result = validate('--strict', bad);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Error: item launch-post (linkedin, en) breaks rule link-tracking');
  });

  it('warns without --strict', () => {
    const result = validate(bad);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('Warning: item launch-post (x, en) breaks rule link-tracking');
  });

  it('passes a pack that keeps its own guidelines', () => {
    const result = validate('--strict', packFile('good.json', 'https://a.example/?utm_medium=employee-advocacy'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
