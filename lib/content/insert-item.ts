import type { Notice } from '../../components/types';
import { t } from '../i18n';
import type { Composer } from '../sites/types';
import type { ComposerChecks } from './checks-types';
import { copyToClipboard } from './clipboard';
import { insertSuggestion } from './insert';
import type { SuggestionIndex } from './suggestions';

// Insert puts a suggestion into the composer through the editor's own input
// path (insert/), then says what happened. If the editor did not take it, the
// draft is left as it was and the text goes to the clipboard instead.

export interface InsertDeps {
  index: SuggestionIndex;
  checks: ComposerChecks | null;
  recordInsert: (itemId: string, surface: string) => void;
}

export async function insertItem(composer: Composer, id: string, { index, checks, recordInsert }: InsertDeps): Promise<Notice> {
  const text = index.textOf(id);
  if (text === undefined) return { tone: 'error', text: t('insertFailed') };
  // Caret moves Chorus makes while inserting open no finding card.
  checks?.chorusEdits();
  const result = await insertSuggestion(composer.editor, composer.kind, text);
  if (result.ok) {
    recordInsert(id, composer.surface);
    checks?.addInserted(id, index.lockedSpansOf(id));
    return { tone: 'success', text: t('insertedStatus') };
  }
  if (result.reason === 'draft-changed') return { tone: 'error', text: t('insertChangedDraft') };
  return { tone: 'error', text: (await copyToClipboard(text)) ? t('insertFailedCopied') : t('insertFailed') };
}
