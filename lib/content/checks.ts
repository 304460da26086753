import type { Network } from '../pack/schema';
import type { Finding, RuleEngine } from '../rules/types';
import { findingKey } from './finding-at';
import { clearHighlights, setHighlights } from './highlights';
import { mapEditorText, type TextMap } from './text-map';

// Checks a composer's draft as the person types: after a short pause (the
// person cannot tell 120 ms, and a burst of keys costs one check), never
// on the keystroke itself. Reads only this editor's text.

const PAUSE_MS = 120;

export interface CheckResult {
  text: string;
  map: TextMap;
  findings: Finding[];
}

export interface CheckOptions {
  network: Network;
  engine: () => RuleEngine | null;
  /** Texts that must stay, from suggestions inserted into this composer. */
  lockedSpans: () => string[];
  onResult: (result: CheckResult) => void;
}

export interface DraftChecks {
  /** Check now (after an insert, or when the rules arrive). */
  recheck: () => void;
  ignore: (finding: Finding) => void;
  latest: () => CheckResult | null;
  stop: () => void;
}

export function watchDraft(editor: HTMLElement, options: CheckOptions): DraftChecks {
  const ignored = new Set<string>();
  let latest: CheckResult | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = () => {
    timer = undefined;
    const engine = options.engine();
    if (!engine || !editor.isConnected) return;
    const map = mapEditorText(editor);
    const lockedSpans = options.lockedSpans();
    const findings = engine
      .check(map.text, { network: options.network, ...(lockedSpans.length > 0 ? { lockedSpans } : {}) })
      .filter((finding) => !ignored.has(findingKey(finding, map.text)));
    latest = { text: map.text, map, findings };
    const underlined = findings.flatMap((finding) => {
      const range = finding.end > finding.start ? map.range(finding.start, finding.end) : null;
      return range ? [{ severity: finding.severity, range }] : [];
    });
    setHighlights(editor, underlined);
    options.onResult(latest);
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, PAUSE_MS);
  };

  editor.addEventListener('input', schedule);
  schedule();
  return {
    recheck: schedule,
    ignore(finding) {
      if (latest) ignored.add(findingKey(finding, latest.text));
      run();
    },
    latest: () => latest,
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      editor.removeEventListener('input', schedule);
      clearHighlights(editor);
    },
  };
}
