import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Envelope,
  type VerifyResult,
  exportKeyJwk,
  exportPublicKeySpki,
  importPrivateKeyJwk,
  signPack,
  verifyEnvelope,
} from '../../../lib/pack';
import { asJson, makePack, samplePack } from './fixtures';
import { type TestKey, makeTestKey } from './keys';

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

let company: TestKey;
let other: TestKey;
beforeAll(async () => {
  [company, other] = await Promise.all([makeTestKey('nordvind-2026'), makeTestKey('other-2026')]);
});

// What a receiver sees: the envelope after a trip through JSON text.
async function signedJson(keyId = company.keyId): Promise<Record<string, unknown>> {
  return asJson(await signPack(samplePack(), company.pair.privateKey, keyId));
}

function errorCode(result: VerifyResult): string {
  return result.ok ? 'ok' : result.error.code;
}

describe('signPack and verifyEnvelope', () => {
  it('round-trips through JSON text', async () => {
    const envelope = await signPack(samplePack(), company.pair.privateKey, company.keyId);
    expect(envelope).toMatchObject({ format: 'chorus-pack-envelope', keyId: 'nordvind-2026' });
    expect(envelope.signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    const received = JSON.parse(JSON.stringify(envelope, null, 2)) as unknown;
    expect(await verifyEnvelope(received, [other.trusted, company.trusted])).toEqual({ ok: true, keyId: 'nordvind-2026' });
  });

  it('accepts the pack re-ordered and re-indented by some other tool', async () => {
    const envelope = await signedJson();
    const pack = envelope.pack as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(pack).reverse());
    expect(errorCode(await verifyEnvelope({ ...envelope, pack: reordered }, [company.trusted]))).toBe('ok');
  });

  it('refuses a changed item text, version or publisher', async () => {
    const changes: ((pack: Record<string, unknown>) => void)[] = [
      (pack) => {
        const items = pack.items as { text: { x: string } }[];
        const first = items[0];
        if (first) first.text.x = first.text.x.replace('Nordvind', 'Nordvlnd');
      },
      (pack) => {
        pack.version = 2;
      },
      (pack) => {
        pack.publisher = 'Someone Else';
      },
    ];
    for (const change of changes) {
      const envelope = await signedJson();
      change(envelope.pack as Record<string, unknown>);
      expect(errorCode(await verifyEnvelope(envelope, [company.trusted]))).toBe('signature-mismatch');
    }
  });

  it('refuses a changed key id: unknown, or another trusted key', async () => {
    const envelope = await signedJson();
    expect(errorCode(await verifyEnvelope({ ...envelope, keyId: 'nordvind-2025' }, [company.trusted]))).toBe('unknown-key');
    const relabelled = { ...envelope, keyId: other.keyId };
    expect(errorCode(await verifyEnvelope(relabelled, [company.trusted, other.trusted]))).toBe('signature-mismatch');
  });

  it('binds the key id into the signature: the same key under another name does not verify', async () => {
    const envelope = await signedJson();
    const alias = { ...company.trusted, keyId: 'alias' };
    expect(errorCode(await verifyEnvelope({ ...envelope, keyId: 'alias' }, [alias]))).toBe('signature-mismatch');
  });

  it('refuses a signature by another key under the trusted key id', async () => {
    const forged = asJson(await signPack(samplePack(), other.pair.privateKey, company.keyId));
    expect(errorCode(await verifyEnvelope(forged, [company.trusted]))).toBe('signature-mismatch');
  });

  it('tries every trusted key with the id, for overlapping rotations', async () => {
    const stale = { ...other.trusted, keyId: company.keyId };
    expect(errorCode(await verifyEnvelope(await signedJson(), [stale, company.trusted]))).toBe('ok');
  });

  it.each([
    ['truncated', (s: string) => s.slice(0, 40), /has 30 bytes/],
    ['empty', () => '', /has 0 bytes/],
    ['DER-length', (s: string) => `${s}AAAAAAAAAA`, /not DER/],
    ['padded', (s: string) => `${s}==`, /base64url/],
    ['standard base64', (s: string) => `+${s.slice(1)}`, /base64url/],
    // Same bytes to a lenient decoder: the last character's low bits are padding.
    ['re-spelled', (s: string) => s.slice(0, -1) + B64URL.charAt(B64URL.indexOf(s.slice(-1)) ^ 1), /base64url/],
    ['not base64', () => '!!!!', /base64url/],
  ])('refuses a %s signature with a readable detail', async (_name, change, detail) => {
    const envelope = await signedJson();
    const result = await verifyEnvelope({ ...envelope, signature: change(String(envelope.signature)) }, [company.trusted]);
    expect(result.ok ? undefined : result.error).toMatchObject({ code: 'signature-mismatch', detail: expect.stringMatching(detail) });
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['another format', { format: 'something-else' }],
    ['a missing key id', { format: 'chorus-pack-envelope', signature: '', pack: {} }],
    ['a pack that is a string', { format: 'chorus-pack-envelope', keyId: 'k', signature: '', pack: 'pack' }],
  ])('says not-envelope for %s', async (_name, value) => {
    expect(errorCode(await verifyEnvelope(value, [company.trusted]))).toBe('not-envelope');
  });

  it('says not-envelope for an envelope carrying unsigned extra members', async () => {
    const envelope = { ...(await signedJson()), trustedBy: 'everyone' };
    const result = await verifyEnvelope(envelope, [company.trusted]);
    expect(result.ok ? undefined : result.error).toMatchObject({ code: 'not-envelope', detail: 'unexpected member "trustedBy"' });
  });

  it('says not-envelope, without throwing, for a pack value JSON cannot carry', async () => {
    const envelope = { ...(await signedJson()), pack: { version: Number.NaN } };
    expect(errorCode(await verifyEnvelope(envelope, [company.trusted]))).toBe('not-envelope');
  });

  it('says trusted-key-invalid when the configured key cannot be imported', async () => {
    const broken = { keyId: company.keyId, publicKeyJwk: { kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'AAAA' } };
    expect(errorCode(await verifyEnvelope(await signedJson(), [broken]))).toBe('trusted-key-invalid');
    const garbage = { keyId: company.keyId, spki: 'not a key' };
    expect(errorCode(await verifyEnvelope(await signedJson(), [garbage]))).toBe('trusted-key-invalid');
  });
});

describe('key helpers', () => {
  it('trusts a key given as SPKI base64 or PEM', async () => {
    const spki = await exportPublicKeySpki(company.pair.publicKey);
    const pem = `-----BEGIN PUBLIC KEY-----\n${spki.replace(/(.{64})/g, '$1\n')}\n-----END PUBLIC KEY-----\n`;
    for (const text of [spki, pem]) {
      expect(errorCode(await verifyEnvelope(await signedJson(), [{ keyId: company.keyId, spki: text }]))).toBe('ok');
    }
  });

  it('trusts a pasted private JWK by its public part only', async () => {
    const privateJwk = await exportKeyJwk(company.pair.privateKey);
    expect(privateJwk.d).toBeDefined();
    const trusted = { keyId: company.keyId, publicKeyJwk: privateJwk };
    expect(errorCode(await verifyEnvelope(await signedJson(), [trusted]))).toBe('ok');
  });

  it('signs with a private key saved as JWK and loaded again (the CLI path)', async () => {
    const reloaded = await importPrivateKeyJwk(await exportKeyJwk(company.pair.privateKey));
    const envelope: Envelope = await signPack(makePack(), reloaded, company.keyId);
    expect(errorCode(await verifyEnvelope(asJson(envelope), [company.trusted]))).toBe('ok');
  });
});
