import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_FIELDS } from '../../lib/background/policy';

// What admins are told must match what the build is: the pinned extension id
// in docs/admin.md, and the policy fields the manifest's schema declares.

const read = (path: string) => readFileSync(resolve(__dirname, '../..', path), 'utf8');

function idFromKey(base64: string): string {
  const digest = createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex').slice(0, 32);
  return [...digest].map((hex) => String.fromCharCode(97 + Number.parseInt(hex, 16))).join('');
}

describe('managed policy setup', () => {
  it('docs/admin.md and wxt.config.ts name the id the pinned key gives', () => {
    const config = read('wxt.config.ts');
    const key = /CHROMIUM_KEY =\s*'([A-Za-z0-9+/=]+)'/.exec(config)?.[1] ?? '';
    const id = idFromKey(key);
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(config).toContain(id);
    expect(read('docs/admin.md')).toContain(`| \`${id}\` |`);
  });

  it('public/managed_schema.json declares exactly the fields lib/background/policy.ts reads', () => {
    const schema = JSON.parse(read('public/managed_schema.json')) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_FIELDS].sort());
  });
});
