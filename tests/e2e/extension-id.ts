import { createHash, generateKeyPairSync } from 'node:crypto';

// Chromium derives an extension's id from its manifest `key`: the SHA-256 of
// the public key (DER, SubjectPublicKeyInfo), first 16 bytes, each hex digit
// written as a letter a-p.

export function extensionIdFromKey(base64Key: string): string {
  const digest = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...digest].map((hex) => String.fromCharCode(97 + Number.parseInt(hex, 16))).join('');
}

/** A fresh manifest key, so a test's extension id is its own. */
export function freshManifestKey(): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}
