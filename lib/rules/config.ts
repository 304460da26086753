// What a pack author writes in every rule, and the pieces the kinds' own
// options are made of (kinds/<kind>.ts documents each kind's options next
// to its code). Defaults live with the kinds, so a rule reads the same to
// authors and to code.
import * as z from 'zod/mini';
import { NETWORKS } from '../pack/schema';
import { SEVERITIES } from './types';

const languageTag = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/));
export const localizedSchema = z
  .record(languageTag, z.string().check(z.minLength(1), z.maxLength(1000)))
  .check(z.refine((m) => typeof m.en === 'string', { message: 'needs an "en" text' }));

// A term is words separated by anything that is not a letter or digit; a
// trailing * makes its last word a prefix ("фалькон*" matches "фальконом").
export const termSchema = z.string().check(z.minLength(1), z.maxLength(200));
export const termsSchema = (max: number) => z.array(termSchema).check(z.minLength(1), z.maxLength(max));
export const domainSchema = z.string().check(z.regex(/^(?:[a-z0-9-]+\.)+[a-z0-9-]{2,}$/i));
// 'fold' (default): "Fälcon" matches "Falcon". Russian ё and е are always
// the same letter, as in everyday Russian writing.
export const diacriticsSchema = z.optional(z.enum(['strict', 'fold']));

// Every rule has these; defineRule (rule.ts) adds them and `kind` to each
// kind's own options.
export const commonFields = {
  id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/)),
  severity: z.enum(SEVERITIES),
  message: localizedSchema,
  reason: z.optional(localizedSchema),
  guidelineUrl: z.optional(z.url({ protocol: /^https$/ })),
  // Only check on these networks (all when absent).
  networks: z.optional(z.array(z.enum(NETWORKS))),
};
