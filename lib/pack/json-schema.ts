// The pack format as JSON Schema (draft 2020-12), for pack authors' editors
// and CI: generated from the zod schema, so the two cannot drift
// (docs/pack.schema.json is checked against this in tests/unit/pack/json-schema.test.ts).
// Pure; used by the CLI, not shipped in the extension's bundles.
import * as z from 'zod/mini';
import { packSchema } from './schema';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export const PACK_SCHEMA_ID = 'https://chorus.example/schemas/pack-v1.json';

export function packJsonSchema(): JsonObject {
  const generated = z.toJSONSchema(packSchema, { target: 'draft-2020-12', io: 'input' }) as JsonObject;
  const schema: JsonObject = {
    $schema: generated.$schema ?? 'https://json-schema.org/draft/2020-12/schema',
    $id: PACK_SCHEMA_ID,
    title: 'Chorus content pack, format 1',
    description: [
      'A pack as authored. Distribute it signed: `npm run pack -- sign` wraps it in an envelope',
      '{ "format": "chorus-pack-envelope", "keyId", "signature", "pack" }.',
      'Checked beyond this schema by `npm run pack -- validate`: item ids are unique, expiresAt is after startsAt,',
      'and every hashtag and locked span of an item appears in each of its network texts.',
    ].join(' '),
    ...withoutKey(generated, '$schema'),
  };
  return refine(schema) as JsonObject;
}

// What zod's converter cannot say: links must be https, and an item needs
// text for at least one network (a refinement in the zod schema).
function refine(node: Json): Json {
  if (Array.isArray(node)) return node.map(refine);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) out[key] = refine(value);
  if (out.format === 'uri') out.pattern = '^https://';
  const properties = out.properties;
  // The per-network texts (strings); the per-site overrides share the names but are objects.
  if (isObject(properties) && asObject(properties.linkedin)?.type === 'string' && asObject(properties.x)?.type === 'string') {
    out.anyOf = [{ required: ['linkedin'] }, { required: ['x'] }];
  }
  return out;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asObject(value: Json | undefined): JsonObject | undefined {
  return isObject(value) ? value : undefined;
}

function withoutKey(object: JsonObject, key: string): JsonObject {
  const { [key]: _dropped, ...rest } = object;
  return rest;
}
