import { describe, expect, it, vi } from 'vitest';
import { launcherLabel } from '../../../components/launcher-label';

// The message key is what is checked: the strings themselves are in the locales.
vi.mock('../../../lib/i18n', () => ({ t: (key: string) => key }));

describe('launcherLabel', () => {
  const ready = { kind: 'ready' as const, publisher: null, total: 25, topics: [], pending: false };

  it('never says "0 suggested posts" while loading or after a failure', () => {
    expect(launcherLabel({ kind: 'loading' }, 0)).toBe('launcherLoading');
    expect(launcherLabel({ kind: 'unavailable' }, 0)).toBe('launcherUnavailable');
  });

  it('counts suggestions once they are there, pending or not, and findings first', () => {
    expect(launcherLabel(ready, 0)).toBe('launcherLabel');
    expect(launcherLabel({ ...ready, pending: true }, 0)).toBe('launcherLabel');
    expect(launcherLabel({ kind: 'loading' }, 2)).toBe('launcherIssues');
  });
});
