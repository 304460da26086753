// Labels for the fixes the engine builds itself, in the languages packs are
// written in (en, da, nl, ru, de). The UI picks the user's language and falls
// back to en, as for rule messages.
import { fill } from './finding';
import type { Localized } from './types';

const LABELS = {
  replace: {
    en: 'Replace with “{text}”',
    da: 'Erstat med “{text}”',
    nl: 'Vervang door “{text}”',
    ru: 'Заменить на «{text}»',
    de: 'Ersetzen durch „{text}“',
  },
  insert: {
    en: 'Add “{text}”',
    da: 'Tilføj “{text}”',
    nl: 'Voeg “{text}” toe',
    ru: 'Добавить «{text}»',
    de: '„{text}“ hinzufügen',
  },
  moveToStart: {
    en: 'Move “{text}” to the beginning',
    da: 'Flyt “{text}” til begyndelsen',
    nl: 'Zet “{text}” aan het begin',
    ru: 'Перенести «{text}» в начало',
    de: '„{text}“ an den Anfang setzen',
  },
  fixLink: {
    en: 'Fix the link',
    da: 'Ret linket',
    nl: 'Herstel de link',
    ru: 'Исправить ссылку',
    de: 'Link korrigieren',
  },
  sentenceCase: {
    en: 'Write in normal case',
    da: 'Skriv med almindelige bogstaver',
    nl: 'Schrijf in gewone letters',
    ru: 'Писать обычными буквами',
    de: 'In normaler Schreibweise schreiben',
  },
  restore: {
    en: 'Restore “{text}”',
    da: 'Gendan “{text}”',
    nl: 'Herstel “{text}”',
    ru: 'Вернуть «{text}»',
    de: '„{text}“ wiederherstellen',
  },
} satisfies Record<string, Localized>;

// Long texts (a locked paragraph) are cut: a label is a button, not a quote.
export function fixLabel(name: keyof typeof LABELS, text = ''): Localized {
  const short = text.length > 40 ? `${Array.from(text).slice(0, 39).join('')}…` : text;
  return fill(LABELS[name], { text: short });
}
