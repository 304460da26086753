import { t } from '../lib/i18n';
import type { SuggestionView } from './types';

interface Props {
  suggestion: SuggestionView;
  onInsert: (id: string) => void;
}

// Pack text is data: it is only ever rendered as a text node, never as HTML.
export function SuggestionCard({ suggestion, onInsert }: Props) {
  return (
    <li class="card" data-item-id={suggestion.id}>
      <div class="card-head">
        <span class="card-title">{suggestion.title}</span>
        <span class="card-lang" title={suggestion.language}>
          {suggestion.language.toUpperCase()}
        </span>
      </div>
      <p class="card-topic">{suggestion.topicLabel}</p>
      <p class="card-text">{suggestion.text}</p>
      <button
        type="button"
        class="card-insert"
        aria-label={t('insertLabel', suggestion.title)}
        // Keep the caret in the composer: a click must not move focus first.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => onInsert(suggestion.id)}
      >
        {t('insertButton')}
      </button>
    </li>
  );
}
