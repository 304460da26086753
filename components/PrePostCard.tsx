import { useRef } from 'preact/hooks';
import { t } from '../lib/i18n';
import { ChecksList } from './ChecksList';
import type { ChecksCallbacks, ChecksView, Placer, ViewportBox } from './types';
import { usePlacement } from './use-placement';

interface Props extends ChecksCallbacks {
  checks: ChecksView;
  /** Beside Post where the site has nothing, never over the draft while a clear place exists. */
  place: Placer;
  /** The launcher's box, which the card keeps clear of too. */
  launcher?: () => ViewportBox | undefined;
}

// Shown while the person heads for Post with errors left. It informs and
// offers fixes; it never blocks or clicks Post.
export function PrePostCard({ checks, place, launcher, onFix, onIgnore, onCardHover }: Props) {
  const card = useRef<HTMLDivElement>(null);
  usePlacement(card, place, { openedFrom: launcher });
  return (
    <div
      ref={card}
      class="prepost-card"
      role="status"
      onMouseEnter={() => onCardHover(true)}
      onMouseLeave={() => onCardHover(false)}
    >
      <p class="prepost-title">{t('prePostTitle', String(checks.counts.error))}</p>
      <ChecksList checks={checks} errorsOnly onFix={onFix} onIgnore={onIgnore} />
    </div>
  );
}
