// Signing keys for the pack tests, made once per test file: P-256 key
// generation is quick, but there is no reason to repeat it per test.
import { type TrustedKey, exportKeyJwk, generateSigningKey } from '../../../lib/pack';

export interface TestKey {
  keyId: string;
  pair: CryptoKeyPair;
  trusted: TrustedKey;
  /** The public key as the options page and policy take it: a JWK as JSON text. */
  publicKeyText: string;
}

export async function makeTestKey(keyId: string): Promise<TestKey> {
  const pair = await generateSigningKey();
  const publicKeyJwk = await exportKeyJwk(pair.publicKey);
  return { keyId, pair, trusted: { keyId, publicKeyJwk }, publicKeyText: JSON.stringify(publicKeyJwk) };
}
