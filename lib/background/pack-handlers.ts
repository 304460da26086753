import type { Handlers, SettingsProblem, Status } from '../messaging';
import type { ServiceDeps } from './deps';
import { keyProblem } from './sync/keys';
import { packUrlProblem } from './sync/sources';

// The options page's pack requests: settings, "Sync now", file import. Each
// answer carries the fresh status, so the page redraws from one round trip.

type PackHandlers = Pick<Handlers, 'getPackSettings' | 'setPackSettings' | 'syncNow' | 'importPack' | 'removeImportedPack'>;

export function createPackHandlers(deps: ServiceDeps, status: () => Promise<Status>): PackHandlers {
  return {
    async getPackSettings() {
      const [settings, { policy, problems }] = await Promise.all([deps.packSettings.get(), deps.policy()]);
      return { settings, policy, policyProblems: problems };
    },
    async setPackSettings({ settings }) {
      // Indexes in problems point into the lists as sent, blanks included.
      const problems: SettingsProblem[] = [];
      settings.urls.forEach((url, index) => {
        const error = url.trim() === '' ? undefined : packUrlProblem(url.trim());
        if (error !== undefined) problems.push({ field: 'urls', index, error });
      });
      for (const [index, key] of settings.trustedKeys.entries()) {
        const blank = key.keyId.trim() === '' && key.publicKey.trim() === '';
        const error = blank ? undefined : await keyProblem({ keyId: key.keyId.trim(), publicKey: key.publicKey.trim() });
        if (error !== undefined) problems.push({ field: 'trustedKeys', index, error });
      }
      if (problems.length > 0) return { ok: false, problems };
      const urls = settings.urls.map((url) => url.trim()).filter((url) => url !== '');
      const trustedKeys = settings.trustedKeys
        .map(({ keyId, publicKey }) => ({ keyId: keyId.trim(), publicKey: publicKey.trim() }))
        .filter(({ keyId }) => keyId !== '');
      await deps.packSettings.set({ urls, trustedKeys, allowUnsignedFileImport: settings.allowUnsignedFileImport === true });
      return { ok: true };
    },
    async syncNow() {
      const outcomes = await deps.packSync.run(true);
      return { outcomes, status: await status() };
    },
    async importPack({ text }) {
      const result = await deps.packSync.importText(typeof text === 'string' ? text : '');
      return { result, status: await status() };
    },
    async removeImportedPack() {
      await deps.packSync.removeImported();
      return { status: await status() };
    },
  };
}
