import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Notice } from '../types';

interface Props {
  notice: Notice | null;
  busy: boolean;
  hasImported: boolean;
  onFile: (file: File) => void;
  onRemove: () => void;
}

// A pack file by drag and drop or the file picker. Signed packs are checked
// against the trusted keys like a download; unsigned ones only pass with the
// developer setting on.
export function PackImport({ notice, busy, hasImported, onFile, onRemove }: Props) {
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file !== undefined) onFile(file);
  };
  return (
    <section class="pack-import">
      <h3>{t('optionsImport')}</h3>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the file input inside is the keyboard path */}
      <div
        class={over ? 'drop-zone over' : 'drop-zone'}
        onDragOver={(event) => {
          // Without preventDefault the browser opens the dropped file instead.
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          take(event.dataTransfer?.files);
        }}
      >
        <p>{t('optionsImportDrop')}</p>
        <label class="file-button">
          {t('optionsImportChoose')}
          <input
            type="file"
            name="packFile"
            accept=".json,application/json"
            disabled={busy}
            onChange={(event) => {
              take(event.currentTarget.files);
              // So choosing the same file again (after fixing it) fires again.
              event.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      {notice && (
        <p class={`notice ${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      {hasImported && (
        <button type="button" disabled={busy} onClick={onRemove}>
          {t('optionsRemoveImported')}
        </button>
      )}
    </section>
  );
}
