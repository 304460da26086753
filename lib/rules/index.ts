// Every rule kind the engine knows, one file each. A pack rule whose kind is
// not listed here is reported as 'unknown-kind' and skipped (a newer pack on
// an older extension), the other rules still run.
import { bannedTermsRule } from './banned-terms';
import { hashtagCountRule } from './hashtag-count';
import { lengthRule } from './length';
import { linksRule } from './links';
import { lockedSpansRule } from './locked-spans';
import { patternRule } from './pattern';
import { personalDataRule } from './personal-data';
import { requiredContentRule } from './required-content';
import type { RuleDefinition } from './rule';
import { shoutingRule } from './shouting';
import { substitutionRule } from './substitution';

export const ruleKinds: readonly RuleDefinition[] = [
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
];
