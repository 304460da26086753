// Pack signatures: ECDSA P-256 with SHA-256 through WebCrypto, which the
// service worker, content scripts, pages and Node 20 all have as
// globalThis.crypto, so no crypto library ships in the bundles.
import { canonicalBytes } from './canonical';
import { type PackError, packError } from './errors';
import type { Pack } from './schema';

export const ENVELOPE_FORMAT = 'chorus-pack-envelope';

export interface Envelope {
  format: typeof ENVELOPE_FORMAT;
  keyId: string;
  // base64url (no padding) of r||s, 64 bytes (IEEE P1363), as WebCrypto signs.
  signature: string;
  pack: Pack;
}

// A public key the extension trusts: from managed policy, settings or the build.
export type TrustedKey = { keyId: string } & ({ publicKeyJwk: JsonWebKey } | { spki: string });

export type VerifyResult = { ok: true; keyId: string } | { ok: false; error: PackError };

const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;
const SIGNATURE_BYTES = 64;

// The signature covers the envelope without its signature. Binding the format
// and key id means a signature made by the same key for anything else (another
// tool, another envelope kind) can never pass as a pack signature.
function signedBytes(keyId: string, pack: unknown): Uint8Array<ArrayBuffer> {
  return canonicalBytes({ format: ENVELOPE_FORMAT, keyId, pack });
}

export async function signPack(pack: Pack, privateKey: CryptoKey, keyId: string): Promise<Envelope> {
  const signature = await crypto.subtle.sign(SIGN_ALGORITHM, privateKey, signedBytes(keyId, pack));
  return { format: ENVELOPE_FORMAT, keyId, signature: toBase64Url(new Uint8Array(signature)), pack };
}

// Checks only the envelope and its signature; the pack's schema is parse.ts's job.
// Accepts unknown input and never throws: every failure is a PackError.
export async function verifyEnvelope(envelope: unknown, trustedKeys: readonly TrustedKey[]): Promise<VerifyResult> {
  const problem = envelopeProblem(envelope);
  if (problem !== undefined) return fail('not-envelope', problem);
  const { keyId, signature, pack } = envelope as Envelope;
  const candidates = trustedKeys.filter((trusted) => trusted.keyId === keyId);
  const keyDetail = `key id ${JSON.stringify(keyId.slice(0, 80))}`;
  if (candidates.length === 0) return fail('unknown-key', keyDetail);
  const signatureBytes = fromBase64Url(signature);
  if (signatureBytes === undefined) return fail('signature-mismatch', 'the signature is not unpadded base64url');
  if (signatureBytes.length !== SIGNATURE_BYTES) {
    // DER signatures (OpenSSL's default) are 70-72 bytes: say so, it is the usual mistake.
    return fail('signature-mismatch', `the signature has ${signatureBytes.length} bytes; expected 64 (P1363 r||s, not DER)`);
  }
  let data: Uint8Array<ArrayBuffer>;
  try {
    data = signedBytes(keyId, pack);
  } catch (error) {
    return fail('not-envelope', `the pack is not plain JSON data: ${String(error)}`);
  }
  let usableKeys = 0;
  // Several trusted keys may share an id while a key is being rotated.
  for (const trusted of candidates) {
    try {
      const key = await importTrustedKey(trusted);
      usableKeys += 1;
      if (await crypto.subtle.verify(SIGN_ALGORITHM, key, signatureBytes, data)) return { ok: true, keyId };
    } catch {
      // An unimportable key counts as unusable; a throwing verify as a mismatch.
    }
  }
  return usableKeys === 0 ? fail('trusted-key-invalid', keyDetail) : fail('signature-mismatch', keyDetail);
}

const ENVELOPE_KEYS: readonly string[] = ['format', 'keyId', 'signature', 'pack'];

function envelopeProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const record = value as Record<string, unknown>;
  if (record.format !== ENVELOPE_FORMAT) return `format is not "${ENVELOPE_FORMAT}"`;
  if (typeof record.keyId !== 'string' || record.keyId === '') return 'keyId is missing';
  if (typeof record.signature !== 'string') return 'signature is missing';
  const pack = record.pack;
  if (typeof pack !== 'object' || pack === null || Array.isArray(pack)) return 'pack is not an object';
  // Nothing unsigned may ride along: a later reader could take it as vouched for.
  const extra = Object.keys(record).find((key) => !ENVELOPE_KEYS.includes(key));
  return extra === undefined ? undefined : `unexpected member ${JSON.stringify(extra.slice(0, 40))}`;
}

function fail(code: PackError['code'], detail: string): VerifyResult {
  return { ok: false, error: packError(code, detail) };
}

export async function generateSigningKey(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
}

export async function exportKeyJwk(key: CryptoKey): Promise<JsonWebKey> {
  return crypto.subtle.exportKey('jwk', key);
}

export async function exportPublicKeySpki(publicKey: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('spki', publicKey)));
}

export async function importPrivateKeyJwk(jwk: JsonWebKey): Promise<CryptoKey> {
  return crypto.subtle.importKey('jwk', jwk, KEY_ALGORITHM, false, ['sign']);
}

// Only the public members are kept: a pasted JWK with "key_ops": ["sign"] or a
// private "d" would otherwise make WebCrypto refuse it for verifying.
export async function importPublicKeyJwk(jwk: JsonWebKey): Promise<CryptoKey> {
  const { kty, crv, x, y } = jwk;
  return crypto.subtle.importKey('jwk', { kty, crv, x, y }, KEY_ALGORITHM, true, ['verify']);
}

// Accepts base64, base64url or a PEM block, as admins copy keys from any of them.
export async function importPublicKeySpki(text: string): Promise<CryptoKey> {
  const base64 = text.replace(/-----[A-Z ]+-----|\s/g, '').replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return crypto.subtle.importKey('spki', bytes, KEY_ALGORITHM, true, ['verify']);
}

function importTrustedKey(trusted: TrustedKey): Promise<CryptoKey> {
  return 'publicKeyJwk' in trusted ? importPublicKeyJwk(trusted.publicKeyJwk) : importPublicKeySpki(trusted.spki);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

// Strict: only the one canonical spelling of the bytes decodes. atob would also
// take padding, the standard alphabet and stray low bits, so one signature
// would have many spellings; re-encoding and comparing rules them out.
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return toBase64Url(bytes) === text ? bytes : undefined;
  } catch {
    return undefined;
  }
}
