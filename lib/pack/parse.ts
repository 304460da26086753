// From untrusted text (a download, a pasted file, managed storage) to a pack
// the extension may use, or a PackError saying why not. Never throws, for any
// input: sync keeps the last good pack whenever the result is not ok.
import { type PackError, type PackErrorCode, packError } from './errors';
import { type Pack, SUPPORTED_SCHEMA_MAJOR, packIssues, packSchema } from './schema';
import { ENVELOPE_FORMAT, type TrustedKey, verifyEnvelope } from './verify';

export interface ParseOptions {
  trustedKeys: readonly TrustedKey[];
  // Bare packs are for admins previewing a draft and for the bundled sample.
  allowUnsigned: boolean;
  maxBytes?: number;
  // The pack installed now: the same pack id must come with a higher version,
  // so an old signed pack replayed by a server cannot roll content back.
  installed?: { id: string; version: number };
}

export type ParseResult = { ok: true; pack: Pack; signed: boolean; keyId?: string } | { ok: false; error: PackError };

// A pack of a few hundred items in four languages is well under 1 MiB; the limit
// bounds what the service worker holds in memory for a bad or hostile download.
export const DEFAULT_MAX_PACK_BYTES = 4 * 1024 * 1024;
// Shown in a PackError detail: enough for an admin to find and fix the first few.
const ISSUES_SHOWN = 3;

export async function parsePackText(text: string, opts: ParseOptions): Promise<ParseResult> {
  try {
    return await parseUnguarded(text, opts);
  } catch (error) {
    // Unreachable by design; kept so a future bug refuses the pack instead of
    // throwing into sync. Mostly it would be a stack overflow on absurd nesting.
    return fail('schema-invalid', `unexpected: ${String(error)}`);
  }
}

async function parseUnguarded(text: string, opts: ParseOptions): Promise<ParseResult> {
  if (typeof text !== 'string') return fail('not-json', 'the input is not text');
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_PACK_BYTES;
  const bytes = utf8Length(text, maxBytes);
  if (bytes > maxBytes) return fail('too-large', `${bytes} bytes, the limit is ${maxBytes}`);

  let json: unknown;
  try {
    // Editors on Windows save JSON with a byte order mark, which JSON.parse refuses.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail('not-json', error instanceof Error ? error.message : undefined);
  }
  if (!isRecord(json)) return fail('not-envelope', 'the JSON is not an object');

  let rawPack: Record<string, unknown>;
  let keyId: string | undefined;
  if ('format' in json) {
    const verified = await verifyEnvelope(json, opts.trustedKeys);
    if (!verified.ok) return verified;
    keyId = verified.keyId;
    // verifyEnvelope has checked that pack is an object.
    rawPack = json.pack as Record<string, unknown>;
  } else if (!('schemaVersion' in json || 'items' in json)) {
    return fail('not-envelope', `neither "format": "${ENVELOPE_FORMAT}" nor a pack's schemaVersion`);
  } else if (!opts.allowUnsigned) {
    return fail('unsigned');
  } else {
    rawPack = json;
  }
  // The signature was checked on the pack exactly as received, before zod
  // strips unknown fields: a tampered pack reports tampering, not a symptom.

  const major = majorVersion(rawPack.schemaVersion);
  if (major !== undefined && major !== SUPPORTED_SCHEMA_MAJOR) {
    return fail('schema-unsupported', `schemaVersion ${String(rawPack.schemaVersion)}; supported: ${SUPPORTED_SCHEMA_MAJOR}.x`);
  }
  const parsed = packSchema.safeParse(rawPack);
  if (!parsed.success) return fail('schema-invalid', summarise(parsed.error.issues));
  const issues = packIssues(parsed.data);
  if (issues.length > 0) return fail('schema-invalid', summarise(issues));

  const pack = parsed.data;
  const installed = opts.installed;
  if (installed !== undefined && installed.id === pack.id && pack.version <= installed.version) {
    return fail('not-newer', `version ${pack.version}, installed ${installed.version}`);
  }
  return keyId === undefined ? { ok: true, pack, signed: false } : { ok: true, pack, signed: true, keyId };
}

// Exact UTF-8 length only when the cheap bounds cannot decide: a UTF-16 code
// unit takes 1 to 3 bytes (a surrogate pair, two units, takes 4).
function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return text.length;
  if (text.length * 3 <= limit) return text.length;
  return new TextEncoder().encode(text).length;
}

function majorVersion(value: unknown): number | undefined {
  const match = typeof value === 'string' ? /^(\d+)\.\d+$/.exec(value) : null;
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// zod issues and packIssues share this shape: "items[3].text.x: message; ...".
function summarise(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const shown = issues.slice(0, ISSUES_SHOWN).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  const more = issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out === '' ? '' : '.'}${String(key)}`;
  return out === '' ? '(pack)' : out;
}

function fail(code: PackErrorCode, detail?: string): { ok: false; error: PackError } {
  return { ok: false, error: packError(code, detail) };
}
