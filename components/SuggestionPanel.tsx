import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { ChecksCount, ChecksList } from './ChecksList';
import { type ShortcutProps, ShortcutNote } from './ShortcutNote';
import { SuggestionCard } from './SuggestionCard';
import type { ChecksCallbacks, ChecksView, Notice, PanelState, Placer, SuggestionView, ViewportBox } from './types';
import { usePlacement } from './use-placement';

interface Props extends Pick<ChecksCallbacks, 'onFix' | 'onIgnore'>, ShortcutProps {
  state: PanelState;
  checks: ChecksView | null;
  search: (query: string, topic: string) => SuggestionView[];
  notice: Notice | null;
  onInsert: (id: string) => void;
  onClose: () => void;
  /** A new value puts the caret in the search box (once it is shown). */
  focusSearch: number;
  /** Where the panel goes: from its launcher, clear of the site's controls. */
  place: Placer;
  openedFrom: () => ViewportBox | undefined;
}

// Its largest size: placed for that, so it does not jump while results filter.
const PANEL_SIZE = { width: 360, height: 420 };

export function SuggestionPanel({ state, search, notice, checks, onInsert, onClose, onFix, onIgnore, focusSearch, place, openedFrom, ...help }: Props) {
  const searchBox = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLElement>(null);
  usePlacement(panel, place, { fixedSize: PANEL_SIZE, openedFrom });
  // Again once the search box exists: the panel may open while still loading.
  // biome-ignore lint/correctness/useExhaustiveDependencies: state.kind is when the box appears
  useEffect(() => {
    if (focusSearch > 0) searchBox.current?.focus();
  }, [focusSearch, state.kind]);
  const [query, setQuery] = useState('');
  const [topic, setTopic] = useState('');
  const results = useMemo(() => (state.kind === 'ready' ? search(query, topic) : []), [state, search, query, topic]);

  return (
    // Escape is handled before the site can see it (lib/content/escape-guard.ts).
    <section ref={panel} class="panel" role="dialog" aria-label={t('panelTitle')}>
      <header class="panel-head">
        <div>
          <h2 class="panel-title">{t('panelTitle')}</h2>
          {state.kind === 'ready' && state.publisher && <p class="panel-from">{t('panelFrom', state.publisher)}</p>}
        </div>
        <button type="button" class="panel-close" aria-label={t('panelClose')} onMouseDown={(e) => e.preventDefault()} onClick={onClose}>
          ×
        </button>
      </header>
      {notice && (
        <p class={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      {checks && (
        <section class="checks" aria-label={t('checksTitle')}>
          <ChecksCount counts={checks.counts} empty={checks.empty} />
          <ChecksList checks={checks} onFix={onFix} onIgnore={onIgnore} />
          {checks.policyUrl && (
            <a class="checks-policy" href={checks.policyUrl} target="_blank" rel="noopener noreferrer">
              {t('findingGuideline')}
            </a>
          )}
        </section>
      )}
      {state.kind === 'loading' && (
        <p class="panel-empty panel-loading" role="status">
          {t('loading')}
        </p>
      )}
      {state.kind === 'unavailable' && (
        <p class="panel-empty panel-error" role="alert">
          {t('unavailable')}
        </p>
      )}
      {state.kind === 'ready' && state.pending && (
        <p class="panel-pending" role="status">
          {t('panelPending')}
        </p>
      )}
      {state.kind === 'ready' && (
        <>
          <div class="panel-filters">
            <input
              ref={searchBox}
              type="search"
              class="panel-search"
              placeholder={t('searchPlaceholder')}
              aria-label={t('searchPlaceholder')}
              value={query}
              onInput={(event) => setQuery(event.currentTarget.value)}
            />
            <select class="panel-topic" aria-label={t('topicAll')} value={topic} onChange={(event) => setTopic(event.currentTarget.value)}>
              <option value="">{t('topicAll')}</option>
              {state.topics.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          {state.total === 0 && <p class="panel-empty">{t('noSuggestions')}</p>}
          {state.total > 0 && results.length === 0 && <p class="panel-empty">{t('noMatches', query)}</p>}
          <ul class="panel-list">
            {results.map((suggestion) => (
              <SuggestionCard key={suggestion.id} suggestion={suggestion} onInsert={onInsert} />
            ))}
          </ul>
        </>
      )}
      <footer class="panel-help">
        <ShortcutNote {...help} />
      </footer>
    </section>
  );
}
