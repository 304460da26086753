import { type MessageKey, t } from '../../lib/i18n';
import type { SourceStatus } from '../../lib/messaging';
import type { PackError, PackErrorCode } from '../../lib/pack/errors';

// Pack errors and source states in the person's language. Translated by code;
// the English message and the detail (a path, a status) are for the admin and
// the logs. A Record, so a new error code without a message fails to compile.
const ERROR_KEYS: Record<PackErrorCode, MessageKey> = {
  'not-json': 'packError_not_json',
  'not-envelope': 'packError_not_envelope',
  unsigned: 'packError_unsigned',
  'unknown-key': 'packError_unknown_key',
  'trusted-key-invalid': 'packError_trusted_key_invalid',
  'signature-mismatch': 'packError_signature_mismatch',
  'schema-invalid': 'packError_schema_invalid',
  'schema-unsupported': 'packError_schema_unsupported',
  'not-newer': 'packError_not_newer',
  'too-large': 'packError_too_large',
  network: 'packError_network',
  'http-status': 'packError_http_status',
  timeout: 'packError_timeout',
  'url-invalid': 'packError_url_invalid',
  'storage-failed': 'packError_storage_failed',
};

export function packErrorText(error: PackError): string {
  return t(ERROR_KEYS[error.code]);
}

export function formatDate(iso: string | number): string {
  return new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}

export function formatTime(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** What to call a source: its publisher once a pack came, else where it comes from. */
export function sourceName(source: SourceStatus): string {
  if (source.installed !== undefined) return source.installed.publisher;
  if (source.url === undefined) return t('packSourceFile');
  try {
    return new URL(source.url).host;
  } catch {
    return source.url;
  }
}

/** "Acme could not update: the signature does not match. Still using version 12 of 3 November 2026." */
export function sourceProblemText(source: SourceStatus): string | null {
  if (source.lastError === undefined) return null;
  const failed = t('packUpdateFailed', [sourceName(source), packErrorText(source.lastError)]);
  const kept =
    source.installed === undefined
      ? t('packNothingInstalled')
      : t('packStillUsing', [String(source.installed.version), formatDate(source.installed.issuedAt)]);
  return `${failed} ${kept}`;
}

export function installedText(source: SourceStatus): string {
  if (source.installed === undefined) return t('packNotDownloaded');
  const { version, issuedAt, items } = source.installed;
  return t('packInstalled', [String(version), formatDate(issuedAt), String(items)]);
}
