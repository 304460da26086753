import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { SuggestionPanel } from './SuggestionPanel';
import type { Notice, PanelState, SuggestionView } from './types';

export interface AssistantProps {
  state: PanelState;
  search: (query: string, topic: string) => SuggestionView[];
  /** Resolves to a notice to show (inserted, or why not). */
  insert: (id: string) => Promise<Notice>;
  onOpen: () => void;
  /** Gives the person's focus back to the composer. */
  returnFocus: () => void;
}

const NOTICE_MS = 6000;

// The launcher beside a composer and, when opened, the suggestions panel.
export function ComposerAssistant({ state, search, insert, onOpen, returnFocus }: AssistantProps) {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const count = state.kind === 'ready' ? state.total : 0;
  // A success note fades after a while; an error stays until the next action.
  useEffect(() => {
    if (notice?.tone !== 'success') return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const toggle = () => {
    if (!open) onOpen();
    setNotice(null);
    setOpen(!open);
  };
  const close = () => {
    setOpen(false);
    returnFocus();
  };
  const onInsert = async (id: string) => {
    const result = await insert(id);
    setNotice(result);
    if (result.tone === 'success') setOpen(false);
  };

  return (
    <div class={`assistant${open ? ' is-open' : ''}`}>
      <button
        type="button"
        class="launcher"
        aria-label={t('launcherLabel', String(count))}
        aria-expanded={open}
        aria-haspopup="dialog"
        title={t('launcherLabel', String(count))}
        onMouseDown={(event) => event.preventDefault()}
        onClick={toggle}
      >
        <span class="launcher-mark" aria-hidden="true">
          C
        </span>
        {count > 0 && <span class="launcher-count">{count > 99 ? '99+' : count}</span>}
      </button>
      {open && <SuggestionPanel state={state} search={search} notice={notice} onInsert={onInsert} onClose={close} />}
      {!open && notice && (
        <p class={`toast notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
    </div>
  );
}
