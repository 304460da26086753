import { exportKeyJwk, generateSigningKey, type Pack, type PackItem, signPack } from '../../lib/pack';

// Signed packs for the end-to-end tests, made with the same library the
// extension verifies with. Items carry no dates so they are live whenever the
// tests run; titles are distinct so a test can tell versions apart in the panel.

export interface PackSigner {
  keyId: string;
  /** The public key as the options page takes it (JWK as JSON text). */
  publicKey: string;
  sign: (pack: Pack) => Promise<string>;
}

export async function makeSigner(keyId = 'acme-2026'): Promise<PackSigner> {
  const pair = await generateSigningKey();
  const { kty, crv, x, y } = await exportKeyJwk(pair.publicKey);
  return {
    keyId,
    publicKey: JSON.stringify({ kty, crv, x, y }),
    sign: async (pack) => JSON.stringify(await signPack(pack, pair.privateKey, keyId), null, 2),
  };
}

export function item(id: string, title: string): PackItem {
  return {
    id,
    topic: 'company-news',
    language: 'en',
    title,
    text: { linkedin: `${title}: what we built this month, told by the people who built it. #Acme`, x: `${title} #Acme` },
    hashtags: ['#Acme'],
  };
}

export function acmePack(version: number, items: PackItem[], id = 'acme'): Pack {
  return {
    schemaVersion: '1.0',
    id,
    publisher: id === 'acme' ? 'Acme Corp' : 'Acme Sales Team',
    version,
    issuedAt: new Date(Date.UTC(2026, 10, version)).toISOString(),
    languages: ['en'],
    items,
  };
}

/** A signed envelope whose pack was changed after signing. */
export async function tampered(signer: PackSigner, pack: Pack): Promise<string> {
  const envelope = JSON.parse(await signer.sign(pack)) as { pack: Pack };
  const first = envelope.pack.items[0];
  if (first?.text.linkedin !== undefined) first.text.linkedin += ' Now with a changed claim.';
  return JSON.stringify(envelope);
}
