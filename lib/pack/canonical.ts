// The exact bytes a pack signature covers. A pack travels as JSON that editors,
// CLIs and servers may re-indent or re-order, so signing the file's bytes would
// break on harmless changes; instead both sides sign the pack *value* written
// one fixed way. The form follows RFC 8785 (JCS) closely enough that tooling in
// other languages can reproduce it: object keys sorted by UTF-16 code units, no
// whitespace, numbers and strings exactly as JSON.stringify writes them.
//
// JSON.stringify escapes lone surrogates (\ud800), so two different strings
// never share bytes, which TextEncoder alone would not guarantee (it turns every
// lone surrogate into U+FFFD).

export function canonicalJson(value: unknown): string {
  return write(value, []);
}

export function canonicalBytes(value: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(value));
}

// Throws TypeError on anything JSON cannot carry faithfully: signing such a
// value would sign something other than what the receiver parses.
function write(value: unknown, ancestors: object[]): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`cannot canonicalise the number ${value}`);
      return JSON.stringify(value);
    case 'object':
      return writeContainer(value, ancestors);
    default:
      throw new TypeError(`cannot canonicalise a value of type ${typeof value}`);
  }
}

function writeContainer(value: object, ancestors: object[]): string {
  if (ancestors.includes(value)) throw new TypeError('cannot canonicalise a cyclic value');
  const inner = [...ancestors, value];
  if (Array.isArray(value)) {
    // An undefined element would silently become null in JSON; refuse instead.
    return `[${value.map((element: unknown) => {
      if (element === undefined) throw new TypeError('cannot canonicalise undefined in an array');
      return write(element, inner);
    }).join(',')}]`;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    // Dates, Maps and class instances have no single JSON form.
    throw new TypeError('cannot canonicalise a non-plain object');
  }
  const record = value as Record<string, unknown>;
  const members: string[] = [];
  // Default sort compares UTF-16 code units, which is what JCS prescribes.
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    // Skipped like JSON.stringify does, so { link: undefined } built in code
    // signs the same as the JSON it is sent as.
    if (member === undefined) continue;
    members.push(`${JSON.stringify(key)}:${write(member, inner)}`);
  }
  return `{${members.join(',')}}`;
}
