// Personal data in a post: e-mail addresses, phone numbers, card numbers,
// IBANs, Danish CPR and Dutch BSN numbers. No fix: only the writer knows
// whether to delete the number or replace it with a public one.
import * as z from 'zod/mini';
import { localizedSchema } from '../config';
import { PII_TYPES, type PiiMatch, type PiiType } from '../pii-match';
import { makeFinding } from '../finding';
import { hostMatches } from '../urls';
import { detectPii } from '../pii-detect';
import { defineRule } from '../rule';
import type { Localized } from '../types';

// {type} in the author's message, in the reader's language.
const TYPE_NAMES: Record<PiiType, Localized> = {
  email: { en: 'e-mail address', da: 'e-mailadresse', nl: 'e-mailadres', ru: 'адрес электронной почты', de: 'E-Mail-Adresse' },
  phone: { en: 'phone number', da: 'telefonnummer', nl: 'telefoonnummer', ru: 'номер телефона', de: 'Telefonnummer' },
  card: { en: 'payment card number', da: 'kortnummer', nl: 'betaalkaartnummer', ru: 'номер банковской карты', de: 'Kartennummer' },
  iban: { en: 'bank account number (IBAN)', da: 'kontonummer (IBAN)', nl: 'rekeningnummer (IBAN)', ru: 'номер счёта (IBAN)', de: 'Kontonummer (IBAN)' },
  cpr: { en: 'CPR number', da: 'CPR-nummer', nl: 'CPR-nummer', ru: 'номер CPR', de: 'CPR-Nummer' },
  bsn: { en: 'citizen service number (BSN)', da: 'BSN-nummer', nl: 'burgerservicenummer (BSN)', ru: 'номер BSN', de: 'Bürgerservicenummer (BSN)' },
};

// Placeholders: {found}, {type} (e.g. "phone number", in each language).
const options = {
  detect: z.optional(z.array(z.enum(PII_TYPES)).check(z.minLength(1))),
  // Addresses that may be shared ("press@nordvind.example"), or "@domain".
  allowEmails: z.optional(z.array(z.string().check(z.maxLength(200)))),
  // Numbers that may be shared (the switchboard), compared by digits only.
  allowNumbers: z.optional(z.array(z.string().check(z.maxLength(40)))),
  messages: z.optional(z.partialRecord(z.enum(PII_TYPES), localizedSchema)),
};

export const personalDataRule = defineRule('personal-data', options, (config) => {
  const types = new Set<PiiType>(config.detect ?? PII_TYPES);
  const allowedEmails = (config.allowEmails ?? []).map((e) => e.trim().toLowerCase());
  // The company's switchboard may be written with or without +45.
  const allowedNumbers = (config.allowNumbers ?? []).map((n) => n.replace(/\D/g, '')).filter((n) => n.length >= 6);

  const allowed = (match: PiiMatch): boolean => {
    if (match.type === 'email') {
      const address = match.text.toLowerCase();
      const host = address.slice(address.lastIndexOf('@') + 1);
      return allowedEmails.some((a) => (a.startsWith('@') ? hostMatches(host, a.slice(1)) : a === address));
    }
    const digits = match.text.replace(/\D/g, '');
    return allowedNumbers.some((n) => n.endsWith(digits) || digits.endsWith(n));
  };

  return {
    // Every kind has digits, or an "@".
    mayFind: (text) => /[\d@]/.test(text),
    check: (view) =>
      detectPii(view.text, view.tokens(), types)
        .filter((match) => !allowed(match))
        .map((match) =>
          makeFinding(
            config,
            match.start,
            match.end,
            { found: match.text, type: TYPE_NAMES[match.type] },
            undefined,
            config.messages?.[match.type] ?? config.message,
          ),
        ),
  };
});
