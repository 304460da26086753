import { beforeAll, describe, expect, it } from 'vitest';
import {
  PACK_ERROR_CODES,
  type PackErrorCode,
  type ParseOptions,
  type ParseResult,
  packError,
  parsePackText,
  signPack,
} from '../../../lib/pack';
import { asJson, makeItem, makePack, samplePack } from './fixtures';
import { type TestKey, makeTestKey } from './keys';

let company: TestKey;
let signedOpts: ParseOptions;
beforeAll(async () => {
  company = await makeTestKey('nordvind-2026');
  signedOpts = { trustedKeys: [company.trusted], allowUnsigned: false };
});

// Signs any JSON value as a pack: the signature check comes before the
// schema check, so broken packs must be signed to reach it.
async function signedText(pack: unknown): Promise<string> {
  return JSON.stringify(await signPack(pack as Parameters<typeof signPack>[0], company.pair.privateKey, company.keyId));
}

function code(result: ParseResult): PackErrorCode | 'ok' {
  return result.ok ? 'ok' : result.error.code;
}

describe('parsePackText accepts', () => {
  it('a signed pack, and says who signed it', async () => {
    const result = await parsePackText(await signedText(samplePack()), signedOpts);
    expect(result).toMatchObject({ ok: true, signed: true, keyId: 'nordvind-2026' });
    expect(result.ok && result.pack.items.length).toBe(samplePack().items.length);
  });

  it('a bare pack only when unsigned packs are allowed', async () => {
    const result = await parsePackText(JSON.stringify(makePack()), { ...signedOpts, allowUnsigned: true });
    expect(result).toEqual({ ok: true, pack: makePack(), signed: false });
  });

  it('a file saved with a byte order mark', async () => {
    expect(code(await parsePackText(`\uFEFF${await signedText(makePack())}`, signedOpts))).toBe('ok');
  });

  it('a signed newer minor version, verified as sent, then stripped of unknown fields', async () => {
    const result = await parsePackText(await signedText({ ...makePack(), schemaVersion: '1.4', colour: 'teal' }), signedOpts);
    expect(code(result)).toBe('ok');
    expect(result.ok && 'colour' in result.pack).toBe(false);
  });

  it('a newer version of the installed pack, or another pack', async () => {
    const text = await signedText(makePack({ version: 3 }));
    expect(code(await parsePackText(text, { ...signedOpts, installed: { id: 'test-pack', version: 2 } }))).toBe('ok');
    expect(code(await parsePackText(text, { ...signedOpts, installed: { id: 'other', version: 9 } }))).toBe('ok');
  });
});

describe('parsePackText refuses, with a code for each reason', () => {
  it.each(['', 'not json', '{"a":', '{"a":1} trailing'])('not-json: %j', async (text) => {
    expect(code(await parsePackText(text, signedOpts))).toBe('not-json');
  });

  it.each(['[]', '42', 'null', '"pack"', '{"hello":"world"}', '{"format":"zip"}'])('not-envelope: %s', async (text) => {
    expect(code(await parsePackText(text, { ...signedOpts, allowUnsigned: true }))).toBe('not-envelope');
  });

  it('unsigned: a bare pack when only signed packs are accepted', async () => {
    expect(code(await parsePackText(JSON.stringify(makePack()), signedOpts))).toBe('unsigned');
  });

  it('unknown-key: signed by a key that is not trusted', async () => {
    const stranger = await makeTestKey('stranger');
    const text = JSON.stringify(await signPack(makePack(), stranger.pair.privateKey, stranger.keyId));
    const result = await parsePackText(text, signedOpts);
    expect(result.ok ? undefined : result.error).toMatchObject({ code: 'unknown-key', detail: 'key id "stranger"' });
  });

  it('trusted-key-invalid: the configured key is broken', async () => {
    const opts = { ...signedOpts, trustedKeys: [{ keyId: company.keyId, spki: 'AAAA' }] };
    expect(code(await parsePackText(await signedText(makePack()), opts))).toBe('trusted-key-invalid');
  });

  it('signature-mismatch: the pack was changed after signing', async () => {
    const text = (await signedText(makePack())).replace('Nordvind A/S', 'Nordvind A/T');
    expect(code(await parsePackText(text, signedOpts))).toBe('signature-mismatch');
  });

  it('schema-invalid: signed, but not a valid pack; the detail names paths', async () => {
    const pack = { ...asJson(makePack()), items: [{ ...asJson(makeItem()), link: 'http://nordvind.example', language: 'english' }] };
    const result = await parsePackText(await signedText(pack), signedOpts);
    expect(result.ok ? undefined : result.error).toMatchObject({ code: 'schema-invalid' });
    expect(result.ok ? '' : result.error.detail).toMatch(/^items\[0\]\.language: .+; items\[0\]\.link: .+$/);
  });

  it('schema-invalid: lists the first three issues and counts the rest', async () => {
    const items = Array.from({ length: 5 }, () => ({ ...asJson(makeItem()), topic: 'gossip' }));
    const result = await parsePackText(JSON.stringify({ ...makePack(), items }), { ...signedOpts, allowUnsigned: true });
    expect(result.ok ? '' : result.error.detail).toMatch(/items\[2\]\.topic: [^;]+ \(and 2 more\)$/);
  });

  it('schema-invalid: a cross-field rule (a locked span missing from the text)', async () => {
    const pack = makePack({ items: [makeItem({ lockedSpans: [{ text: '#ad' }] })] });
    const result = await parsePackText(await signedText(pack), signedOpts);
    expect(result.ok ? '' : result.error.detail).toBe(
      'items[0].lockedSpans[0].text: locked span is missing from the linkedin text; items[0].lockedSpans[0].text: locked span is missing from the x text',
    );
  });

  it('schema-unsupported, not schema-invalid, for a newer major version however different', async () => {
    const future = { schemaVersion: '2.0', posts: [{ body: 'hello' }] };
    expect(code(await parsePackText(await signedText(future), signedOpts))).toBe('schema-unsupported');
    expect(code(await parsePackText(JSON.stringify(future), { ...signedOpts, allowUnsigned: true }))).toBe('schema-unsupported');
  });

  it('not-newer: the same pack id with the same or an older version', async () => {
    const text = await signedText(makePack({ version: 3 }));
    for (const version of [3, 4]) {
      const result = await parsePackText(text, { ...signedOpts, installed: { id: 'test-pack', version } });
      expect(result.ok ? undefined : result.error).toMatchObject({ code: 'not-newer', detail: `version 3, installed ${version}` });
    }
  });

  it('too-large: counted in UTF-8 bytes, before parsing', async () => {
    expect(code(await parsePackText('x'.repeat(101), { ...signedOpts, maxBytes: 100 }))).toBe('too-large');
    // 42 characters but 76 bytes: "æ" takes two.
    const danish = JSON.stringify({ t: 'æ'.repeat(34) });
    expect(danish.length).toBeLessThanOrEqual(60);
    expect(code(await parsePackText(danish, { ...signedOpts, maxBytes: 60 }))).toBe('too-large');
    expect(code(await parsePackText(danish, { ...signedOpts, maxBytes: 100 }))).toBe('not-envelope');
  });
});

describe('PackError', () => {
  it('has an English log message for every code', () => {
    for (const errorCode of PACK_ERROR_CODES) {
      const error = packError(errorCode, 'why');
      expect(error.message.length).toBeGreaterThan(10);
      expect(error).toEqual({ code: errorCode, message: error.message, detail: 'why' });
    }
    expect(packError('timeout')).not.toHaveProperty('detail');
  });
});
