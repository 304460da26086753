import { describe, expect, it } from 'vitest';
import type { PackSettings } from '../../../../lib/messaging';
import { DEFAULT_INTERVAL_MINUTES, mergeOrder, packUrlProblem, resolveConfig, sourceIdFor } from '../../../../lib/background/sync/sources';

const options: PackSettings = {
  urls: ['https://packs.example/mine.json', ' https://packs.example/mine.json '],
  trustedKeys: [{ keyId: 'mine', publicKey: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE' }],
  allowUnsignedFileImport: true,
};

describe('which sources are in force', () => {
  it('without a policy: the options, duplicates dropped, file import last in merge order', () => {
    const config = resolveConfig(null, options);
    expect(config.urlSources).toEqual([{ id: sourceIdFor('https://packs.example/mine.json'), url: 'https://packs.example/mine.json', origin: 'options' }]);
    expect(config.trustedKeys).toEqual([{ keyId: 'mine', spki: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE' }]);
    expect(config).toMatchObject({ managed: false, allowUnsignedFileImport: true, intervalMinutes: DEFAULT_INTERVAL_MINUTES });
    expect(mergeOrder(config)).toEqual(['url:https://packs.example/mine.json', 'file']);
  });

  it('the policy wins: its URLs and keys replace the options, team and role come along', () => {
    const config = resolveConfig(
      { packUrls: ['https://acme.example/company.json', 'https://acme.example/sales.json'], trustedKeys: [{ keyId: 'acme', publicKey: '{"kty":"EC","crv":"P-256","x":"a","y":"b"}' }], team: 'Sales', syncIntervalMinutes: 15 },
      options,
    );
    expect(config.urlSources.map((source) => [source.url, source.origin])).toEqual([
      ['https://acme.example/company.json', 'policy'],
      ['https://acme.example/sales.json', 'policy'],
    ]);
    expect(config.trustedKeys).toEqual([{ keyId: 'acme', publicKeyJwk: { kty: 'EC', crv: 'P-256', x: 'a', y: 'b' } }]);
    expect(config).toMatchObject({ managed: true, team: 'Sales', intervalMinutes: 15 });
    expect(config).not.toHaveProperty('role');
  });

  it('a policy without URLs or keys leaves those to the options', () => {
    const config = resolveConfig({ team: 'Sales' }, options);
    expect(config.urlSources[0]?.origin).toBe('options');
    expect(config.trustedKeys[0]?.keyId).toBe('mine');
  });

  it('under a policy, unsigned file import needs the policy and the person to allow it', () => {
    expect(resolveConfig({}, options).allowUnsignedFileImport).toBe(false);
    expect(resolveConfig({ allowUnsignedFileImport: true }, options).allowUnsignedFileImport).toBe(true);
    expect(resolveConfig({ allowUnsignedFileImport: true }, { ...options, allowUnsignedFileImport: false }).allowUnsignedFileImport).toBe(false);
  });
});

describe('pack addresses', () => {
  it.each(['https://packs.example/a.json', 'http://localhost:8080/a.json', 'http://127.0.0.1:9/a.json', 'http://[::1]/a.json'])('accepts %s', (url) => {
    expect(packUrlProblem(url)).toBeUndefined();
  });
  it.each(['http://packs.example/a.json', 'ftp://packs.example/a.json', 'file:///etc/passwd', 'not a url', 'https://user:secret@packs.example/a.json', 'http://localhost.evil.example/a.json'])(
    'refuses %s',
    (url) => {
      expect(packUrlProblem(url)?.code).toBe('url-invalid');
    },
  );
});
