import { t } from '../../lib/i18n';
import type { SourceStatus, Status } from '../../lib/messaging';
import { formatTime, installedText, sourceName, sourceProblemText } from './pack-text';

interface Props {
  status: Status;
  /** The popup shows the gist; the options page adds addresses, times and details. */
  compact?: boolean;
}

export function PackStatusList({ status, compact = false }: Props) {
  if (status.content === 'bundled') return <p class="pack-bundled">{t('packBundled')}</p>;
  if (status.sources.length === 0) return <p class="pack-bundled">{t('packNoSources')}</p>;
  return (
    <ul class="pack-sources">
      {status.sources.map((source) => (
        <SourceRow key={source.id} source={source} compact={compact} />
      ))}
    </ul>
  );
}

function SourceRow({ source, compact }: { source: SourceStatus; compact: boolean }) {
  const problem = sourceProblemText(source);
  return (
    <li class="pack-source" data-source={source.id}>
      <p>
        <strong>{sourceName(source)}</strong>
        {source.origin === 'policy' && <span class="badge">{t('packByPolicy')}</span>}
        {' '}
        <span class="pack-installed">{installedText(source)}</span>
      </p>
      {!compact && source.url !== undefined && <p class="pack-url">{source.url}</p>}
      {problem !== null && (
        <p class="pack-error" role="alert">
          {problem}
        </p>
      )}
      {!compact && source.lastError?.detail !== undefined && (
        <p class="pack-error-detail">
          {t('packErrorDetails')} <code>{source.lastError.detail}</code>
        </p>
      )}
      {!compact && source.failures > 0 && source.nextAttemptAt !== undefined && (
        <p class="hint pack-next">{t('packNextAttempt', [formatTime(source.nextAttemptAt), String(source.failures)])}</p>
      )}
      {!compact && source.lastSuccess !== undefined && <p class="hint">{t('packLastChecked', formatTime(source.lastSuccess))}</p>}
    </li>
  );
}
