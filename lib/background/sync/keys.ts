import { type PackError, packError } from '../../pack/errors';
import { type TrustedKey, importPublicKeyJwk, importPublicKeySpki } from '../../pack/verify';
import type { KeySetting } from '../../messaging';

// Admins paste public keys as whatever their tool printed: the CLI's JWK
// (JSON), or SPKI as base64 or PEM. Both policy and options store the text.

export function toTrustedKey({ keyId, publicKey }: KeySetting): TrustedKey {
  const text = publicKey.trim();
  if (text.startsWith('{')) {
    try {
      return { keyId, publicKeyJwk: JSON.parse(text) as JsonWebKey };
    } catch {
      // Falls through: verify reports it as 'trusted-key-invalid' for this key id.
    }
  }
  return { keyId, spki: text };
}

/** Checked when the key is saved, so a typo shows there and not at the next sync. */
export async function keyProblem(setting: KeySetting): Promise<PackError | undefined> {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/.test(setting.keyId)) return packError('trusted-key-invalid', `key id ${JSON.stringify(setting.keyId.slice(0, 80))}`);
  const trusted = toTrustedKey(setting);
  try {
    await ('publicKeyJwk' in trusted ? importPublicKeyJwk(trusted.publicKeyJwk) : importPublicKeySpki(trusted.spki));
    return undefined;
  } catch (error) {
    return packError('trusted-key-invalid', `key id ${setting.keyId}: ${String(error)}`);
  }
}
