import samplePackJson from './pack/sample-pack.json';
import { type Pack, packSchema } from './pack/schema';
import type { PackSummary } from './messaging';

// Which pack is in force. Until an admin configures a source, the bundled
// sample pack is the default; it is validated like any other pack, so a bad
// edit to it shows up in tests rather than in front of a user.

let bundled: Pack | null | undefined;

export function bundledPack(): Pack | null {
  if (bundled === undefined) {
    const parsed = packSchema.safeParse(samplePackJson);
    if (!parsed.success) console.error('Chorus: the bundled sample pack is invalid', parsed.error.issues.slice(0, 3));
    bundled = parsed.success ? parsed.data : null;
  }
  return bundled;
}

export async function activePack(): Promise<Pack | null> {
  return bundledPack();
}

export function summarize(pack: Pack | null): PackSummary | null {
  return pack && { id: pack.id, publisher: pack.publisher, version: pack.version, issuedAt: pack.issuedAt };
}
