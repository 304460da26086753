import { describe, expect, it } from 'vitest';
import { parsePolicy, readPolicy } from '../../../lib/background/policy';

// The managed policy as the extension reads it. The end-to-end test
// (tests/e2e/policy.spec.ts) sets a real Chromium policy file where it may;
// these run everywhere, against a fake storage.managed.

const valid = {
  packUrls: ['https://packs.acme.example/company.json', 'https://packs.acme.example/sales.json'],
  trustedKeys: [{ keyId: 'acme-2026', publicKey: '{"kty":"EC"}' }],
  team: 'Sales',
  role: 'Manager',
  reportingEndpoint: 'https://reports.acme.example/chorus',
  defaultLanguage: 'da',
  syncIntervalMinutes: 30,
  allowUnsignedFileImport: false,
};

describe('reading the managed policy', () => {
  it('takes a complete policy as it is', async () => {
    expect(await readPolicy({ get: async () => structuredClone(valid) })).toEqual({ policy: valid, problems: [] });
  });

  it('no policy: Chromium answers {}, Firefox throws, some builds have no managed area', async () => {
    expect(await readPolicy({ get: async () => ({}) })).toEqual({ policy: null, problems: [] });
    expect(
      await readPolicy({
        get: async () => {
          throw new Error('Managed storage manifest not found');
        },
      }),
    ).toEqual({ policy: null, problems: [] });
    expect(await readPolicy(undefined)).toEqual({ policy: null, problems: [] });
  });

  it('drops a broken field with a problem and keeps the rest', () => {
    const { policy, problems } = parsePolicy({ ...valid, team: 42, syncIntervalMinutes: 1, colour: 'blue' });
    expect(policy).toEqual({ ...valid, team: undefined, syncIntervalMinutes: undefined });
    expect(policy).not.toHaveProperty('team');
    expect(problems).toEqual([expect.stringMatching(/^team: /), expect.stringMatching(/^syncIntervalMinutes: /), 'colour: not a Chorus policy']);
  });

  it('a policy of only unknown fields still marks the install as managed', () => {
    expect(parsePolicy({ colour: 'blue' })).toEqual({ policy: {}, problems: ['colour: not a Chorus policy'] });
  });

  it('trims text and refuses blank values', () => {
    expect(parsePolicy({ team: '  Sales ' }).policy).toEqual({ team: 'Sales' });
    expect(parsePolicy({ team: '   ' }).problems).toHaveLength(1);
  });
});
