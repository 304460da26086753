// Content pack format v1: the contract between pack authors (admins, the CLI)
// and every installed extension. Pure data; validated before anything is used.
// zod/mini keeps the background and content bundles small (see TOOLCHAIN.md).
import * as z from 'zod/mini';
import { findHashtags } from '../text/hashtags';

// Extensions refuse a pack whose major schema version they do not know.
export const SUPPORTED_SCHEMA_MAJOR = 1;

export const NETWORKS = ['linkedin', 'x'] as const;
export type Network = (typeof NETWORKS)[number];

export const TOPICS = [
  'company-news',
  'product-news',
  'thought-leadership',
  'jobs',
  'industry-news',
  'events',
] as const;
export type Topic = (typeof TOPICS)[number];

// BCP 47 primary language subtag with optional region: en, da, nl, ru, de, en-GB.
const languageTag = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/));
const isoDate = z.iso.datetime({ offset: true });
// Packs are data rendered as text: links must be https.
const httpsUrl = z.url({ protocol: /^https$/ });
const id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/));

// A span of a suggestion that must stay as written (a disclosure, a campaign
// hashtag). Identified by its exact text, so it survives edits around it.
export const lockedSpanSchema = z.object({
  text: z.string().check(z.minLength(1), z.maxLength(500)),
  reason: z.optional(z.string().check(z.maxLength(300))),
});

export const itemSchema = z.object({
  id,
  topic: z.enum(TOPICS),
  language: languageTag,
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  // Per-network text; an item may be prepared for only one network.
  text: z
    .object({
      linkedin: z.optional(z.string().check(z.minLength(1), z.maxLength(3000))),
      x: z.optional(z.string().check(z.minLength(1), z.maxLength(1000))),
    })
    .check(
      z.refine((t) => t.linkedin !== undefined || t.x !== undefined, {
        message: 'an item needs text for at least one network',
      }),
    ),
  link: z.optional(httpsUrl),
  campaign: z.optional(z.string().check(z.maxLength(100))),
  hashtags: z.optional(z.array(z.string().check(z.regex(/^#[\p{L}\p{N}_]{1,100}$/u)))),
  lockedSpans: z.optional(z.array(lockedSpanSchema)),
  startsAt: z.optional(isoDate),
  expiresAt: z.optional(isoDate),
  audience: z.optional(
    z.object({
      teams: z.optional(z.array(z.string())),
      roles: z.optional(z.array(z.string())),
    }),
  ),
  // Higher first; ties fall back to recency.
  priority: z.optional(z.number().check(z.int(), z.gte(0), z.lte(100))),
});
export type PackItem = z.infer<typeof itemSchema>;

export const contactSchema = z.object({
  name: z.string().check(z.minLength(1)),
  email: z.optional(z.email()),
  url: z.optional(httpsUrl),
});

// Rule configuration is validated by the guideline engine (lib/rules), which
// owns each rule kind's shape; here it is kept as opaque records.
export const guidelinesSchema = z.object({
  contact: contactSchema,
  policyUrl: httpsUrl,
  rules: z.array(z.record(z.string(), z.unknown())),
});
export type Guidelines = z.infer<typeof guidelinesSchema>;

// Per-site escape hatch: a pack can switch a site off or give selectors that
// win over the built-in ones when the site's DOM changes before a release.
export const siteOverrideSchema = z.object({
  enabled: z.optional(z.boolean()),
  composerSelectors: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(300)))),
});

// "major.minor". Minor versions only add optional fields, which older
// extensions strip; a different major is refused (parse.ts reports it as
// 'schema-unsupported' before validating anything else).
const schemaVersion = z
  .string()
  .check(z.regex(new RegExp(`^${SUPPORTED_SCHEMA_MAJOR}\\.\\d+$`), `expected "${SUPPORTED_SCHEMA_MAJOR}.<minor>"`));

export const packSchema = z.object({
  schemaVersion,
  id,
  publisher: z.string().check(z.minLength(1), z.maxLength(200)),
  version: z.number().check(z.int(), z.gte(1)),
  issuedAt: isoDate,
  languages: z.array(languageTag).check(z.minLength(1)),
  guidelines: z.optional(guidelinesSchema),
  sites: z.optional(
    z.object({
      linkedin: z.optional(siteOverrideSchema),
      x: z.optional(siteOverrideSchema),
    }),
  ),
  items: z.array(itemSchema),
});
export type Pack = z.infer<typeof packSchema>;

export interface PackIssue {
  path: (string | number)[];
  message: string;
}

// Cross-field rules of format v1, checked after the shape. Not zod refinements
// on purpose: zod 4 refuses pick()/partial() on objects that carry refinements,
// and other code derives schemas from itemSchema and packSchema.
export function packIssues(pack: Pack): PackIssue[] {
  const issues: PackIssue[] = [];
  const seenIds = new Set<string>();
  pack.items.forEach((item, index) => {
    const report = (message: string, ...path: (string | number)[]) =>
      issues.push({ path: ['items', index, ...path], message });
    // Merging, reporting and history all key on item ids.
    if (seenIds.has(item.id)) report(`duplicate item id "${item.id}"`, 'id');
    seenIds.add(item.id);
    if (item.startsAt !== undefined && item.expiresAt !== undefined && Date.parse(item.expiresAt) <= Date.parse(item.startsAt)) {
      report('expiresAt must be after startsAt', 'expiresAt');
    }
    // A suggestion must pass its own checks as written: required hashtags and
    // locked spans appear in every network's text (exact case: brand spelling).
    // Hashtags are read as the networks read them: "#Wind" is not in "#WindPilot".
    for (const network of NETWORKS) {
      const text = item.text[network];
      if (text === undefined) continue;
      const present = hashtagsIn(text);
      item.hashtags?.forEach((tag, i) => {
        if (!present.includes(tag)) report(`${tag} is missing from the ${network} text`, 'hashtags', i);
      });
      item.lockedSpans?.forEach((span, i) => {
        if (!text.includes(span.text)) report(`locked span is missing from the ${network} text`, 'lockedSpans', i, 'text');
      });
    }
  });
  return issues;
}

function hashtagsIn(text: string): string[] {
  return findHashtags(text).map(({ start, end }) => text.slice(start, end));
}
