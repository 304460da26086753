// Every rule kind the engine knows, one file each: a new kind is its file
// and its entry here (and its name in RULE_KINDS, types.ts, which the
// findings' type and tools use without loading the kinds' code; a test holds
// the two lists together). A pack rule whose kind is not listed is reported
// as 'unknown-kind' and skipped (a newer pack on an older extension), the
// other rules still run.
import * as z from 'zod/mini';
import type { RuleDefinition } from '../rule';
import type { RuleKind } from '../types';
import { bannedTermsRule } from './banned-terms';
import { hashtagCountRule } from './hashtag-count';
import { lengthRule } from './length';
import { linksRule } from './links';
import { lockedSpansRule } from './locked-spans';
import { patternRule } from './pattern';
import { personalDataRule } from './personal-data';
import { requiredContentRule } from './required-content';
import { shoutingRule } from './shouting';
import { substitutionRule } from './substitution';

export const ruleKinds = [
  bannedTermsRule,
  substitutionRule,
  requiredContentRule,
  personalDataRule,
  linksRule,
  lengthRule,
  hashtagCountRule,
  shoutingRule,
  lockedSpansRule,
  patternRule,
] as const satisfies readonly RuleDefinition<RuleKind>[];

type SchemasOf<T extends readonly RuleDefinition[]> = {
  -readonly [I in keyof T]: T[I] extends RuleDefinition<string, infer S> ? S : never;
};

// Every kind in one union, for tooling (a pack editor's types, a JSON
// Schema); the engine itself parses each rule with its kind's schema, which
// gives the author more precise messages. (map keeps the list's order; the
// cast only tells TypeScript so.)
export const ruleConfigSchema = z.discriminatedUnion(
  'kind',
  ruleKinds.map((kind) => kind.schema) as unknown as SchemasOf<typeof ruleKinds>,
);
export type RuleConfig = z.infer<typeof ruleConfigSchema>;
