import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalBytes, canonicalJson } from '../../../lib/pack';

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order and writes no whitespace', () => {
    const value = { b: [3, { z: 1, a: 2 }, 1], a: { d: null, c: true } };
    expect(canonicalJson(value)).toBe('{"a":{"c":true,"d":null},"b":[3,{"a":2,"z":1},1]}');
  });

  it('gives the same text whatever order the keys were written in', () => {
    const one = JSON.parse('{"id":"p","items":[{"x":1,"y":"æ"}],"version":2}') as unknown;
    const two = JSON.parse('{"version":2,"items":[{"y":"æ","x":1}],"id":"p"}') as unknown;
    expect(canonicalJson(one)).toBe(canonicalJson(two));
  });

  it('sorts keys by UTF-16 code units, as RFC 8785 does', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3, '€': 4, '😀': 5, '': 6 })).toBe('{"":6,"Z":3,"z":2,"é":1,"€":4,"😀":5}');
  });

  it('keeps Unicode text as UTF-8, not escaped, and writes numbers as JSON does', () => {
    const text = 'Møller, ijs, Ĳssel, йод, ёж, 風, 👩‍🔧';
    expect(canonicalJson({ text, n: [0.1, 1e21, -0, 100] })).toBe(`{"n":[0.1,1e+21,0,100],"text":"${text}"}`);
    expect(new TextDecoder().decode(canonicalBytes(text))).toBe(JSON.stringify(text));
  });

  it('keeps lone surrogates apart, which raw UTF-8 encoding would merge', () => {
    const [one, two] = [canonicalBytes('\ud800'), canonicalBytes('\udfff')];
    expect(one).not.toEqual(two);
  });

  it('skips undefined members, so a value built in code signs like its JSON', () => {
    expect(canonicalJson({ a: 1, link: undefined })).toBe('{"a":1}');
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['undefined in an array', [1, undefined]],
    ['a Date', new Date(0)],
    ['a Map', new Map()],
    ['a function', () => 1],
    ['a bigint', 1n],
    ['undefined itself', undefined],
  ])('refuses %s', (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
    expect(() => canonicalJson({ nested: [value] })).toThrow(TypeError);
  });

  it('refuses a cyclic value but accepts the same object twice side by side', () => {
    const shared = { a: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"a":1},{"a":1}]');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(TypeError);
  });

  it('is stable: canonical text parses back to a value with the same canonical text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });

  it('agrees with JSON.stringify up to key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
