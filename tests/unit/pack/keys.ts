// Signing keys for the pack tests, made once per test file: P-256 key
// generation is quick, but there is no reason to repeat it per test.
import { type TrustedKey, exportKeyJwk, generateSigningKey } from '../../../lib/pack';

export interface TestKey {
  keyId: string;
  pair: CryptoKeyPair;
  trusted: TrustedKey;
}

export async function makeTestKey(keyId: string): Promise<TestKey> {
  const pair = await generateSigningKey();
  return { keyId, pair, trusted: { keyId, publicKeyJwk: await exportKeyJwk(pair.publicKey) } };
}
