import { useRef } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { ChecksCallbacks, Contact, FindingView, Placer, ViewportBox } from './types';
import { usePlacement } from './use-placement';

interface Props extends ChecksCallbacks {
  finding: FindingView;
  contact: Contact | null;
  /** Where it goes: clear of the site's controls (and of the draft while the person types). */
  place: Placer;
  /** The launcher's box, which the card keeps clear of too. */
  launcher?: () => ViewportBox | undefined;
  byKeyboard?: boolean;
}

const keep = (event: MouseEvent) => event.preventDefault();

// Beside a flagged word: what is wrong, why, what to do. Buttons keep the
// caret in the composer (mousedown does not move focus).
export function FindingCard({ finding, contact, place, launcher, byKeyboard, onFix, onIgnore, onCardHover }: Props) {
  const card = useRef<HTMLDivElement>(null);
  usePlacement(card, place, { openedFrom: launcher });
  return (
    <div
      ref={card}
      class={`finding-card severity-${finding.severity}`}
      role="tooltip"
      onMouseEnter={() => onCardHover(true)}
      onMouseLeave={() => onCardHover(false)}
    >
      <p class="finding-message">
        <span class="severity-dot" aria-hidden="true" />
        <span class="visually-hidden">{t(`severity_${finding.severity}`)}: </span>
        {finding.message}
      </p>
      {finding.reason && <p class="finding-reason">{finding.reason}</p>}
      {finding.fixWithheld && <p class="finding-withheld">{t('findingFixWithheld')}</p>}
      <div class="finding-actions">
        {finding.fixLabel && (
          <button type="button" class="finding-fix" onMouseDown={keep} onClick={() => onFix(finding.id)}>
            {finding.fixLabel}
          </button>
        )}
        <button type="button" class="finding-ignore" onMouseDown={keep} onClick={() => onIgnore(finding.id)}>
          {t('findingIgnore')}
        </button>
        {finding.guidelineUrl && (
          <a class="finding-link" href={finding.guidelineUrl} target="_blank" rel="noopener noreferrer">
            {t('findingGuideline')}
          </a>
        )}
      </div>
      {byKeyboard && finding.fixLabel && <p class="finding-hint">{t('findingKeyboardHint')}</p>}
      {contact && <p class="finding-contact">{t('findingContact', contact.email ? `${contact.name} (${contact.email})` : contact.name)}</p>}
    </div>
  );
}
