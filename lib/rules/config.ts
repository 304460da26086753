// What a pack author writes for each rule kind. Every rule shares the base
// fields; the kind-specific ones are documented next to their schema.
// Defaults live here too, so a rule reads the same to authors and to code.
import * as z from 'zod/mini';
import { NETWORKS } from '../pack/schema';

const languageTag = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/));
export const localizedSchema = z
  .record(languageTag, z.string().check(z.minLength(1), z.maxLength(1000)))
  .check(z.refine((m) => typeof m.en === 'string', { message: 'needs an "en" text' }));

// A term is words separated by anything that is not a letter or digit; a
// trailing * makes its last word a prefix ("фалькон*" matches "фальконом").
const term = z.string().check(z.minLength(1), z.maxLength(200));
const terms = (max: number) => z.array(term).check(z.minLength(1), z.maxLength(max));
const domain = z.string().check(z.regex(/^(?:[a-z0-9-]+\.)+[a-z0-9-]{2,}$/i));
const diacritics = z.optional(z.enum(['strict', 'fold']));

const base = {
  id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/)),
  severity: z.enum(['error', 'warning', 'suggestion']),
  message: localizedSchema,
  reason: z.optional(localizedSchema),
  guidelineUrl: z.optional(z.url({ protocol: /^https$/ })),
  // Only check on these networks (all when absent).
  networks: z.optional(z.array(z.enum(NETWORKS))),
};

// Placeholders: {found} (the text as written), {term} (the configured term).
export const bannedTermsSchema = z.object({
  ...base,
  kind: z.literal('banned-terms'),
  terms: terms(10_000),
  // Phrases in which a term is fine ("Falcon Heights" for "Falcon").
  exceptions: z.optional(terms(1_000)),
  // 'fold' (default): "Fälcon" matches "Falcon". Russian ё and е are always
  // the same letter, as in everyday Russian writing.
  diacritics,
});

// Placeholders: {found}, {replacement}.
export const substitutionSchema = z.object({
  ...base,
  kind: z.literal('substitution'),
  replacements: z
    .array(z.object({ from: terms(100), to: term }))
    .check(z.minLength(1), z.maxLength(5_000)),
  // true: `to` must be written exactly so ("Windpilot" is flagged when `to`
  // is "WindPilot"); false (default): any case of `to` is fine and the fix
  // keeps the case of what was written ("Utilise" -> "Use").
  caseSensitive: z.optional(z.boolean()),
  diacritics,
});

// Placeholders: {required} (the first of anyOf), {max} (withinFirst).
export const requiredContentSchema = z.object({
  ...base,
  kind: z.literal('required-content'),
  // Present if any of these occurs as a whole word or hashtag, any case.
  anyOf: terms(50),
  // Must end within the first N UTF-16 units (LinkedIn's "see more" fold is
  // after about 200 characters).
  withinFirst: z.optional(z.number().check(z.int(), z.gte(1), z.lte(3000))),
  // Only required when the post mentions one of these terms or links to one
  // of these domains (either is enough).
  when: z.optional(
    z.object({
      mentionsAny: z.optional(terms(1_000)),
      linksToDomains: z.optional(z.array(domain).check(z.maxLength(100))),
    }),
  ),
  // What the fix inserts (defaults to anyOf[0]); separated by a space.
  insert: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  // Default 'start' when withinFirst is set, else 'end'.
  insertAt: z.optional(z.enum(['start', 'end'])),
});

export const PII_TYPES = ['email', 'phone', 'card', 'iban', 'cpr', 'bsn'] as const;
export type PiiType = (typeof PII_TYPES)[number];

// Placeholders: {found}, {type} (e.g. "phone number", in each language).
export const personalDataSchema = z.object({
  ...base,
  kind: z.literal('personal-data'),
  detect: z.optional(z.array(z.enum(PII_TYPES)).check(z.minLength(1))),
  // Addresses that may be shared ("press@nordvind.example"), or "@domain".
  allowEmails: z.optional(z.array(z.string().check(z.maxLength(200)))),
  // Numbers that may be shared (the switchboard), compared by digits only.
  allowNumbers: z.optional(z.array(z.string().check(z.maxLength(40)))),
  messages: z.optional(z.partialRecord(z.enum(PII_TYPES), localizedSchema)),
});

// params: a required parameter is not there (or empty); paramValue: it is
// there with another value than the one required.
const LINK_PROBLEMS = ['shortener', 'domain', 'https', 'params', 'paramValue'] as const;
export type LinkProblem = (typeof LINK_PROBLEMS)[number];

// Placeholders: {found} (the link), {domain}, {missing} (parameter names),
// {wrong} (the parameters with another value), {expected} (name=value as required).
export const linksSchema = z.object({
  ...base,
  kind: z.literal('links'),
  // Subdomains are included: "nordvind.example" allows "www.nordvind.example".
  allowedDomains: z.optional(z.array(domain)),
  requireHttps: z.optional(z.boolean()),
  // name -> value; "*" accepts any value as long as the parameter is there.
  requiredParams: z.optional(z.record(z.string().check(z.regex(/^[\w.-]{1,50}$/)), z.string())),
  // Domains whose links need requiredParams (default: every link).
  trackedDomains: z.optional(z.array(domain)),
  shorteners: z.optional(z.array(domain)),
  messages: z.optional(z.partialRecord(z.enum(LINK_PROBLEMS), localizedSchema)),
});

// Placeholders: {max}, {count}, {over}.
export const lengthSchema = z.object({
  ...base,
  kind: z.literal('length'),
  // Defaults: LinkedIn 3,000 characters, X 280 weighted (twitter-text).
  max: z.optional(
    z.object({
      linkedin: z.optional(z.number().check(z.int(), z.gte(1))),
      x: z.optional(z.number().check(z.int(), z.gte(1))),
    }),
  ),
});

// Placeholders: {max}, {count}.
export const hashtagCountSchema = z.object({
  ...base,
  kind: z.literal('hashtag-count'),
  max: z.number().check(z.int(), z.gte(0), z.lte(100)),
});

// A sentence or line shouts when it has at least minLetters cased letters
// (default 12) and at least `ratio` of them (default 0.7) are capitals.
export const shoutingSchema = z.object({
  ...base,
  kind: z.literal('shouting'),
  minLetters: z.optional(z.number().check(z.int(), z.gte(4), z.lte(1000))),
  ratio: z.optional(z.number().check(z.gt(0.5), z.lte(1))),
});

// Placeholder: {span}.
export const lockedSpansSchema = z.object({ ...base, kind: z.literal('locked-spans') });

// Untrusted: see safe-regex.ts. Placeholder: {found}.
export const patternSchema = z.object({
  ...base,
  kind: z.literal('pattern'),
  pattern: z.string().check(z.minLength(1), z.maxLength(300)),
  // Any of i, m, s, u; g is added by the engine. Use u only when needed
  // (\p{L}…): with i it makes matching far slower.
  flags: z.optional(z.string().check(z.regex(/^[imsu]{0,4}$/))),
  maxMatches: z.optional(z.number().check(z.int(), z.gte(1), z.lte(100))),
});

// Every kind in one union, for tooling (a pack editor's types, a JSON
// Schema); the engine itself parses each rule with its kind's schema, which
// gives the author more precise messages.
export const ruleConfigSchema = z.discriminatedUnion('kind', [
  bannedTermsSchema,
  substitutionSchema,
  requiredContentSchema,
  personalDataSchema,
  linksSchema,
  lengthSchema,
  hashtagCountSchema,
  shoutingSchema,
  lockedSpansSchema,
  patternSchema,
]);
export type RuleConfig = z.infer<typeof ruleConfigSchema>;
