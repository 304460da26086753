// Why a pack was refused, as a value: parse, verify and sync return these and
// never throw. The code is the contract: the UI translates by code (the English
// message is for logs) and sync decides by code whether to keep the last good pack.

export const PACK_ERROR_CODES = [
  'not-json', // the text is not JSON at all
  'not-envelope', // JSON, but neither a signed envelope nor a pack
  'unsigned', // a bare pack where only signed packs are accepted
  'unknown-key', // signed with a key id the extension does not trust
  'trusted-key-invalid', // a configured trusted key cannot be imported (extension config, not the pack)
  'signature-mismatch', // the signature is malformed or does not match the pack
  'schema-invalid', // the pack does not follow the format it claims
  'schema-unsupported', // a schema major version this extension does not know
  'not-newer', // same pack id, version not above the installed one
  'too-large', // larger than the size limit, refused before parsing
  'network', // fetch failed (offline, DNS, CORS)
  'http-status', // the server answered, but not with 2xx
  'timeout', // the server did not answer in time
  'url-invalid', // the configured pack address is not https (http only for localhost)
  'storage-failed', // the pack was fine, but this device could not save it
] as const;
export type PackErrorCode = (typeof PACK_ERROR_CODES)[number];

export interface PackError {
  code: PackErrorCode;
  message: string;
  // Specifics for an admin reading logs: the failing path, the key id, the status.
  detail?: string;
}

// A Record, so a new code without a message fails to compile.
const MESSAGES: Record<PackErrorCode, string> = {
  'not-json': 'The pack is not valid JSON.',
  'not-envelope': 'This file is not a Chorus content pack.',
  unsigned: 'The pack is not signed, and only signed packs are accepted.',
  'unknown-key': 'The pack is signed with a key that is not trusted.',
  'trusted-key-invalid': 'A trusted key in the settings cannot be used.',
  'signature-mismatch': 'The signature does not match the pack: it was changed after signing or is damaged.',
  'schema-invalid': 'The pack does not follow the content pack format.',
  'schema-unsupported': 'The pack uses a newer format than this version of Chorus understands.',
  'not-newer': 'The pack is not newer than the one already installed.',
  'too-large': 'The pack is too large.',
  network: 'The pack could not be downloaded.',
  'http-status': 'The server refused to send the pack.',
  timeout: 'Downloading the pack took too long.',
  'url-invalid': 'The pack address must start with https:// (http:// only for localhost).',
  'storage-failed': 'The pack could not be saved on this device.',
};

export function packError(code: PackErrorCode, detail?: string): PackError {
  return detail === undefined ? { code, message: MESSAGES[code] } : { code, message: MESSAGES[code], detail };
}
