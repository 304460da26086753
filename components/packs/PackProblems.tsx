import { t } from '../../lib/i18n';
import type { PackProblem } from '../../lib/messaging';
import { formatTime } from './pack-text';

interface Props {
  problems: PackProblem[];
  /** The popup says it in one line; the options page lists each item and rule. */
  compact?: boolean;
}

// The pack's own text breaking the pack's own guidelines. The person is never
// shown these as their mistake (lib/rules/inserted-findings.ts); here they
// learn that the pack has a problem and whom it is for.
export function PackProblems({ problems, compact = false }: Props) {
  if (problems.length === 0) return null;
  const items = new Set(problems.map((problem) => problem.itemId)).size;
  return (
    <div class="pack-problems" role="status">
      <p>
        <strong>{t('packProblemsTitle')}</strong> {t('packProblemsSummary', String(items))}
      </p>
      {!compact && (
        <ul>
          {problems.map((problem) => (
            <li key={`${problem.itemId}/${problem.network}/${problem.ruleId}`} class={`severity-${problem.severity}`}>
              {t('packProblemsRow', [problem.itemTitle, problem.itemId, problem.ruleId, problem.network === 'x' ? 'X' : 'LinkedIn'])}{' '}
              <span class="hint">{t('packProblemsSeen', [String(problem.seen), formatTime(problem.lastSeen)])}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
