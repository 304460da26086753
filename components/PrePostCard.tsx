import { t } from '../lib/i18n';
import { ChecksList } from './ChecksList';
import type { ChecksCallbacks, ChecksView } from './types';

interface Props extends ChecksCallbacks {
  checks: ChecksView;
  left: number;
  top: number;
}

// Shown while the person heads for Post with errors left. It informs and
// offers fixes; it never blocks or clicks Post.
export function PrePostCard({ checks, left, top, onFix, onIgnore, onCardHover }: Props) {
  return (
    <div
      class="prepost-card"
      role="status"
      style={{ left: `${left}px`, top: `${top}px` }}
      onMouseEnter={() => onCardHover(true)}
      onMouseLeave={() => onCardHover(false)}
    >
      <p class="prepost-title">{t('prePostTitle', String(checks.counts.error))}</p>
      <ChecksList checks={checks} errorsOnly onFix={onFix} onIgnore={onIgnore} />
    </div>
  );
}
