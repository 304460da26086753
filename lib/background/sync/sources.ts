import { type PackError, packError } from '../../pack/errors';
import type { TrustedKey } from '../../pack/verify';
import type { ManagedPolicy, PackSettings } from '../../messaging';
import { toTrustedKey } from './keys';

// Which pack sources are in force, and with which keys. Pure: the background
// reads policy and settings and passes them in.
//
// Precedence, per setting: managed policy > options page > built-in default.
// - Pack URLs: the policy's list when it has one (the options page then shows
//   them read-only), else the person's own; with neither, and no imported
//   file, the bundled sample pack is shown.
// - Trusted keys: the policy's when it has any, else the person's.
// - Unsigned file import: under a policy, only if the policy allows it, so a
//   managed install shows nothing the company did not sign.
// A company that configured a URL never sees the sample pack: until the first
// download succeeds the panel is empty and the options page says why.

export const FILE_SOURCE_ID = 'file';
export const DEFAULT_INTERVAL_MINUTES = 60;

export interface UrlSource {
  id: string;
  url: string;
  origin: 'policy' | 'options';
}

export interface PackConfig {
  /** In merge order, broadest first (mergePacks); the imported file comes after all of them. */
  urlSources: UrlSource[];
  trustedKeys: TrustedKey[];
  allowUnsignedFileImport: boolean;
  /** A policy applies: the options page shows what it fixes as read-only. */
  managed: boolean;
  intervalMinutes: number;
  team?: string;
  role?: string;
  defaultLanguage?: string;
  reportingEndpoint?: string;
}

export function sourceIdFor(url: string): string {
  return `url:${url}`;
}

export function resolveConfig(policy: ManagedPolicy | null, settings: PackSettings): PackConfig {
  const policyUrls = policy?.packUrls ?? [];
  const urls = policyUrls.length > 0 ? policyUrls.map((url) => ({ url, origin: 'policy' as const })) : settings.urls.map((url) => ({ url, origin: 'options' as const }));
  const seen = new Set<string>();
  const urlSources: UrlSource[] = [];
  for (const { url, origin } of urls) {
    const id = sourceIdFor(url.trim());
    if (seen.has(id)) continue;
    seen.add(id);
    urlSources.push({ id, url: url.trim(), origin });
  }
  const policyKeys = policy?.trustedKeys ?? [];
  const config: PackConfig = {
    urlSources,
    trustedKeys: (policyKeys.length > 0 ? policyKeys : settings.trustedKeys).map(toTrustedKey),
    allowUnsignedFileImport: policy === null ? settings.allowUnsignedFileImport : (policy.allowUnsignedFileImport ?? false) && settings.allowUnsignedFileImport,
    managed: policy !== null,
    intervalMinutes: policy?.syncIntervalMinutes ?? DEFAULT_INTERVAL_MINUTES,
  };
  for (const key of ['team', 'role', 'defaultLanguage', 'reportingEndpoint'] as const) {
    const value = policy?.[key];
    if (value !== undefined) config[key] = value;
  }
  return config;
}

/** Source ids in merge order: URL sources as configured, then the imported file. */
export function mergeOrder(config: PackConfig): string[] {
  return [...config.urlSources.map((source) => source.id), FILE_SOURCE_ID];
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https everywhere; plain http only to this machine, for development and tests. */
export function packUrlProblem(text: string): PackError | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return packError('url-invalid', JSON.stringify(text.slice(0, 200)));
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) {
    // Credentials in a URL would be stored and shown in the options page.
    return url.username === '' && url.password === '' ? undefined : packError('url-invalid', 'the address holds a user name or password');
  }
  return packError('url-invalid', url.href.slice(0, 200));
}
