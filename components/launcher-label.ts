import { t } from '../lib/i18n';
import type { PanelState } from './types';

/**
 * What the launcher says: findings first, else the suggestions, and never
 * "0 suggested posts" while they are still loading or could not be loaded.
 */
export function launcherLabel(state: PanelState, issues: number): string {
  if (issues > 0) return t('launcherIssues', String(issues));
  if (state.kind === 'loading') return t('launcherLoading');
  if (state.kind === 'unavailable') return t('launcherUnavailable');
  return t('launcherLabel', String(state.total));
}
