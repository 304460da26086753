import * as z from 'zod/mini';
import type { ManagedPolicy } from '../messaging';

// Managed policy: what an admin pushes through Chrome's or Firefox's enterprise
// policies (docs/admin.md), read from browser.storage.managed and shaped by
// public/managed_schema.json. Read field by field: one mistyped field is
// reported and ignored instead of throwing the whole policy away, since the
// rest (the pack URL, the keys) is what makes the install work at all.

export interface PolicyRead {
  /** null when no policy applies to this install (the usual case outside companies). */
  policy: ManagedPolicy | null;
  /** For the admin, in English like PackError details: "team: expected string". */
  problems: string[];
}

const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(500));
const FIELDS = {
  packUrls: z.array(text).check(z.maxLength(20)),
  trustedKeys: z.array(z.object({ keyId: text, publicKey: z.string().check(z.minLength(1), z.maxLength(4000)) })).check(z.maxLength(20)),
  team: text,
  role: text,
  reportingEndpoint: text,
  defaultLanguage: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)),
  // Not more often than every 15 minutes: a few thousand installs polling one
  // static host is fine at that rate; a day is the most a policy change may wait.
  syncIntervalMinutes: z.number().check(z.int(), z.gte(15), z.lte(1440)),
  allowUnsignedFileImport: z.boolean(),
} satisfies { [K in keyof ManagedPolicy]-?: z.ZodMiniType<NonNullable<ManagedPolicy[K]>> };

/** The fields public/managed_schema.json declares (a test keeps the two in step). */
export const POLICY_FIELDS = Object.keys(FIELDS);

export function parsePolicy(raw: unknown): PolicyRead {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { policy: null, problems: [] };
  const record = raw as Record<string, unknown>;
  const policy: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(FIELDS)) {
    if (record[key] === undefined) continue;
    const parsed = schema.safeParse(record[key]);
    if (parsed.success) policy[key] = parsed.data;
    else problems.push(`${key}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  for (const key of Object.keys(record)) if (!(key in FIELDS)) problems.push(`${key}: not a Chorus policy`);
  // A policy that only sets unknown or broken fields still says "this install is managed".
  return { policy: Object.keys(record).length === 0 ? null : (policy as ManagedPolicy), problems };
}

export interface ManagedArea {
  get(): Promise<Record<string, unknown>>;
}

/**
 * Never throws. Chromium answers {} without a policy; Firefox throws when no
 * policies.json names the extension, and both throw if the schema is missing.
 */
export async function readPolicy(area: ManagedArea | undefined): Promise<PolicyRead> {
  if (area === undefined) return { policy: null, problems: [] };
  try {
    return parsePolicy(await area.get());
  } catch {
    return { policy: null, problems: [] };
  }
}
