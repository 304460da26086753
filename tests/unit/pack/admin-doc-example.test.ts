import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packIssues, parsePackText } from '../../../lib/pack';

// The minimal pack in docs/admin.md is what admins copy first: it must pass
// what `npm run pack -- sign` checks.
const doc = readFileSync(new URL('../../../docs/admin.md', import.meta.url), 'utf8');
const example = /Minimal example:\s*```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';

describe('the minimal example in docs/admin.md', () => {
  it('is a valid pack with no issues', async () => {
    const parsed = await parsePackText(example, { trustedKeys: [], allowUnsigned: true });
    expect(parsed.ok ? packIssues(parsed.pack) : parsed.error).toEqual([]);
  });
});
