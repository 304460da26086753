// The kinds of personal data the personal-data rule knows, and what a
// detector hands back; shared by the detectors (pii-detect.ts, emails.ts)
// and the rule (kinds/personal-data.ts).
export const PII_TYPES = ['email', 'phone', 'card', 'iban', 'cpr', 'bsn'] as const;
export type PiiType = (typeof PII_TYPES)[number];

export interface PiiMatch {
  type: PiiType;
  start: number;
  end: number;
  text: string;
}
