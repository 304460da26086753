// Property: no change to a signed envelope gets past verifyEnvelope, wherever
// it is made; only re-ordering (which changes no value) is harmless.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, signPack, verifyEnvelope } from '../../../lib/pack';
import { asJson, samplePack } from './fixtures';
import { type TestKey, makeTestKey } from './keys';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

let company: TestKey;
let other: TestKey;
let signed: Json;
beforeAll(async () => {
  [company, other] = await Promise.all([makeTestKey('nordvind-2026'), makeTestKey('other-2026')]);
  signed = asJson(await signPack(samplePack(), company.pair.privateKey, company.keyId)) as Json;
});

// Every place in the envelope that can hold a value: [container, key] pairs.
function slots(value: Json, out: [Container, string | number][] = []): [Container, string | number][] {
  if (value === null || typeof value !== 'object') return out;
  const entries: [string | number, Json][] = Array.isArray(value) ? [...value.entries()] : Object.entries(value);
  for (const [key, child] of entries) {
    out.push([value, key]);
    slots(child, out);
  }
  return out;
}

// Every object and array in the envelope, each once. slots() already walks the
// whole tree, so its children are all there is; recursing into each of them as
// well listed a container 2^(depth-1) times (2268 entries for 185 containers
// once the sample pack gained guidelines.rules), which cost most of the test's
// time budget and made 'add' favour the deepest containers.
function containers(value: Json): Container[] {
  const found: Container[] = typeof value === 'object' && value !== null ? [value] : [];
  for (const [container, key] of slots(value)) {
    const child = at(container, key);
    if (typeof child === 'object' && child !== null) found.push(child);
  }
  return found;
}

function at(container: Container, key: string | number): Json {
  return (container as Record<string | number, Json>)[key] ?? null;
}

function put(container: Container, key: string | number, value: Json): void {
  (container as Record<string | number, Json>)[key] = value;
}

// One small change to a leaf: a character, a digit, a flag.
function flip(value: Json, position: number): Json {
  if (typeof value === 'string') {
    if (value === '') return 'x';
    const index = position % value.length;
    return value.slice(0, index) + String.fromCharCode(value.charCodeAt(index) ^ 1) + value.slice(index + 1);
  }
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  return 'x';
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), pick: fc.nat(), position: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: fc.jsonValue() as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), pick: fc.nat(), key: fc.string(), value: fc.jsonValue() as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('keyId' as const), keyId: fc.oneof(fc.constant('other-2026'), fc.string()) }),
  fc.record({ kind: fc.constant('truncate' as const), keep: fc.nat({ max: 85 }) }),
);

function mutate(original: Json, change: typeof mutation extends fc.Arbitrary<infer M> ? M : never): Json {
  const copy = structuredClone(original);
  const envelope = copy as { [key: string]: Json };
  const all = slots(copy);
  const slot = 'pick' in change ? all[change.pick % all.length] : undefined;
  switch (change.kind) {
    case 'flip':
      if (slot) put(slot[0], slot[1], flip(at(slot[0], slot[1]), change.position));
      break;
    case 'replace':
      if (slot) put(slot[0], slot[1], change.value);
      break;
    case 'delete':
      if (slot) Array.isArray(slot[0]) ? slot[0].splice(Number(slot[1]), 1) : delete slot[0][slot[1]];
      break;
    case 'add': {
      const targets = containers(copy);
      const target = targets[change.pick % targets.length];
      if (Array.isArray(target)) target.push(change.value);
      else if (target) {
        // Define, never assign: fc.string() favours keys like "__proto__", and
        // `target['__proto__'] = []` runs Object.prototype's setter, swapping the
        // prototype instead of adding a member. That is no JSON value at all
        // (canonicalJson rightly throws on it) and no input can carry it:
        // JSON.parse makes "__proto__" an ordinary own member, which is the
        // change to test, so add it the way JSON.parse does.
        Object.defineProperty(target, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
      }
      break;
    }
    case 'keyId':
      envelope.keyId = change.keyId;
      break;
    case 'truncate':
      envelope.signature = String(envelope.signature).slice(0, change.keep);
      break;
  }
  return copy;
}

describe('verifyEnvelope under mutation', () => {
  it('accepts the untouched envelope', async () => {
    expect(await verifyEnvelope(signed, [company.trusted])).toEqual({ ok: true, keyId: company.keyId });
  });

  it('never accepts an envelope changed anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (change) => {
        const mutated = mutate(signed, change);
        // A change that leaves the value as it was (same string put back) is no change.
        fc.pre(canonicalJson(mutated) !== canonicalJson(signed));
        const result = await verifyEnvelope(mutated, [company.trusted, other.trusted]);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('still accepts the envelope with any object’s keys re-ordered', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (pick) => {
        const copy = structuredClone(signed);
        const objects = containers(copy).filter((c): c is { [key: string]: Json } => !Array.isArray(c));
        const target = objects[pick % objects.length];
        if (target) {
          const entries = Object.entries(target).reverse();
          for (const [key] of entries) delete target[key];
          for (const [key, value] of entries) target[key] = value;
        }
        expect((await verifyEnvelope(copy, [company.trusted])).ok).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
