import { t } from '../lib/i18n';
import type { ChecksCallbacks, ChecksView } from './types';

interface Props extends Pick<ChecksCallbacks, 'onFix' | 'onIgnore'> {
  checks: ChecksView;
  /** Only errors, for the card beside Post. */
  errorsOnly?: boolean;
}

/** A count by severity, e.g. "2 errors · 1 warning". */
export function ChecksCount({ counts, empty }: Pick<ChecksView, 'counts' | 'empty'>) {
  const parts = (['error', 'warning', 'suggestion'] as const)
    .filter((severity) => counts[severity] > 0)
    .map((severity) => (
      <span key={severity} class={`count count-${severity}`}>
        {t(`count_${severity}`, String(counts[severity]))}
      </span>
    ));
  return <p class="checks-count">{parts.length > 0 ? parts : t(empty ? 'checksEmpty' : 'checksClean')}</p>;
}

export function ChecksList({ checks, errorsOnly, onFix, onIgnore }: Props) {
  const findings = errorsOnly ? checks.findings.filter((f) => f.severity === 'error') : checks.findings;
  return (
    <ul class="checks-list">
      {findings.map((finding) => (
        <li key={finding.id} class={`check severity-${finding.severity}`}>
          <span class="severity-dot" aria-hidden="true" />
          <span class="visually-hidden">{t(`severity_${finding.severity}`)}: </span>
          <span class="check-message">{finding.message}</span>
          {finding.fixWithheld && (
            <span class="check-withheld" title={t('findingFixWithheld')}>
              {t('checkFixWithheld')}
            </span>
          )}
          {finding.fixLabel && (
            <button type="button" class="check-fix" onMouseDown={(e) => e.preventDefault()} onClick={() => onFix(finding.id)}>
              {finding.fixLabel}
            </button>
          )}
          {!errorsOnly && (
            <button type="button" class="check-ignore" onMouseDown={(e) => e.preventDefault()} onClick={() => onIgnore(finding.id)}>
              {t('findingIgnore')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
