import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packJsonSchema } from '../../../lib/pack/json-schema';

// docs/pack.schema.json is generated (npm run pack:schema); this keeps the
// committed file in step with lib/pack/schema.ts.

const committed = JSON.parse(readFileSync(resolve(__dirname, '../../../docs/pack.schema.json'), 'utf8')) as unknown;
type Node = { [key: string]: Node } & { required?: string[]; anyOf?: unknown[]; pattern?: string; enum?: string[] };

describe('the pack JSON Schema', () => {
  const schema = packJsonSchema() as unknown as Node;

  it('docs/pack.schema.json is up to date (regenerate with npm run pack:schema)', () => {
    expect(committed).toEqual(schema);
  });

  it('says what authors need: required fields, topics, https links, text for a network', () => {
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'publisher', 'version', 'issuedAt', 'languages', 'items']));
    const item = schema.properties?.items?.items as Node;
    expect(item.properties?.topic?.enum).toEqual(['company-news', 'product-news', 'thought-leadership', 'jobs', 'industry-news', 'events']);
    expect(item.properties?.link?.pattern).toBe('^https://');
    expect(item.properties?.text?.anyOf).toEqual([{ required: ['linkedin'] }, { required: ['x'] }]);
    expect(schema.properties?.sites?.properties?.x?.anyOf).toBeUndefined();
  });
});
