// Property: parsePackText resolves, never throws or rejects, whatever it is
// handed; and whatever it accepts is a valid pack.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ParseOptions, packIssues, packSchema, parsePackText, signPack } from '../../../lib/pack';
import { asJson, samplePack } from './fixtures';
import { type TestKey, makeTestKey } from './keys';

let company: TestKey;
let options: ParseOptions[];
beforeAll(async () => {
  company = await makeTestKey('nordvind-2026');
  options = [
    { trustedKeys: [company.trusted], allowUnsigned: false },
    { trustedKeys: [company.trusted], allowUnsigned: true, maxBytes: 2000 },
  ];
});

async function expectNeverThrows(text: string): Promise<void> {
  for (const opts of options) {
    const result = await parsePackText(text, opts);
    if (result.ok) {
      // Anything accepted must pass the same checks again.
      expect(packSchema.safeParse(result.pack).success).toBe(true);
      expect(packIssues(result.pack)).toEqual([]);
    } else {
      expect(result.error.code).toMatch(/^[a-z-]+$/);
    }
  }
}

const envelopeOf = (pack: unknown, signature: string) =>
  JSON.stringify({ format: 'chorus-pack-envelope', keyId: 'nordvind-2026', signature, pack });

describe('parsePackText never throws', () => {
  it('for arbitrary strings, including lone surrogates', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), expectNeverThrows));
  });

  it('for arbitrary JSON', async () => {
    await fc.assert(fc.asyncProperty(fc.json(), expectNeverThrows));
  });

  it('for arbitrary values serialised', async () => {
    const anything = fc.anything({ withBigInt: false, withBoxedValues: true, withMap: true, withSet: true, withDate: true });
    await fc.assert(fc.asyncProperty(anything, (value) => expectNeverThrows(String(JSON.stringify(value)))));
  });

  it('for envelopes and bare packs with arbitrary contents', async () => {
    const packLike = fc.oneof(
      fc.jsonValue(),
      fc.record({ schemaVersion: fc.oneof(fc.string(), fc.constantFrom('1.0', '2.0', '99999999999999999999.0')), items: fc.jsonValue() }),
    );
    await fc.assert(
      fc.asyncProperty(packLike, fc.string(), async (pack, signature) => {
        await expectNeverThrows(envelopeOf(pack, signature));
        await expectNeverThrows(JSON.stringify(pack));
      }),
    );
  });

  it('for the sample pack, signed, with any one value replaced by arbitrary JSON', async () => {
    const pack = asJson(samplePack());
    const items = pack.items as Record<string, unknown>[];
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.constantFrom('title', 'text', 'link', 'hashtags', 'startsAt', 'audience'), fc.jsonValue(), async (index, field, value) => {
        const broken = structuredClone(pack);
        const brokenItems = broken.items as Record<string, unknown>[];
        const target = brokenItems[index % items.length];
        if (target) target[field] = value;
        const envelope = await signPack(broken as Parameters<typeof signPack>[0], company.pair.privateKey, company.keyId);
        await expectNeverThrows(JSON.stringify(envelope));
      }),
      { numRuns: 150 },
    );
  });
});
