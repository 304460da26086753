import type { Finding } from '../rules/types';
import { afterPause } from './after-pause';
import { findingKey } from './finding-at';
import { mapEditorText, type TextMap } from './text-map';
import type { Underlines } from './underline-types';

// Checks a composer's draft as the person types: after a short pause (the
// person cannot tell 120 ms, and a burst of keys costs one check), never on
// the keystroke itself; and after any other change to the editor's text.
// Reads only this editor's text; the rules run in the extension's background
// worker (lib/background/draft-check.ts), and an answer for a text that has changed in
// the meantime is dropped.

const PAUSE_MS = 120;

export interface CheckResult {
  text: string;
  map: TextMap;
  findings: Finding[];
}

/** What this composer knows of Chorus's own text in it. */
export interface InsertedContext {
  /** Texts that must stay, from suggestions inserted into this composer. */
  lockedSpans: string[];
  /** The items inserted: findings in their unchanged text are the pack's, not the person's. */
  insertedItemIds: string[];
}

/** Asks the rules about a text; null while no guidelines are in force. */
export type DraftCheck = (text: string, inserted: InsertedContext) => Promise<Finding[]>;

export interface CheckOptions {
  check: () => DraftCheck | null;
  inserted: () => InsertedContext;
  onResult: (result: CheckResult) => void;
  underlines: Underlines;
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

  let asked = 0;
  const run = async () => {
    const check = options.check();
    if (!check || !editor.isConnected) return;
    const question = ++asked;
    const text = mapEditorText(editor).text;
    // Nothing written (or the site emptied the editor after posting): nothing to flag.
    const answer = text.trim() === '' ? [] : await check(text, options.inserted()).catch(() => null);
    // A newer question is on its way, or the person typed meanwhile.
    const map = mapEditorText(editor);
    if (answer === null || question !== asked || map.text !== text) return;
    const findings = answer.filter((finding) => !ignored.has(findingKey(finding, map.text)));
    latest = { text: map.text, map, findings };
    const underlined = findings.flatMap((finding) => {
      const range = finding.end > finding.start ? map.range(finding.start, finding.end) : null;
      return range ? [{ severity: finding.severity, range }] : [];
    });
    options.underlines.set(underlined);
    options.onResult(latest);
  };
  // A keystroke costs a clock read (after-pause.ts), not two timer calls.
  const pause = afterPause(PAUSE_MS, () => void run());
  const schedule = pause.poke;

  editor.addEventListener('input', schedule);
  // The site may change the text without an input event: emptying the editor
  // after Post, a draft restored, another writing aid that swallows input.
  const changes = new MutationObserver(schedule);
  changes.observe(editor, { childList: true, characterData: true, subtree: true });
  schedule();
  return {
    recheck: schedule,
    ignore(finding) {
      if (latest) ignored.add(findingKey(finding, latest.text));
      pause.cancel();
      void run();
    },
    latest: () => latest,
    stop() {
      pause.cancel();
      editor.removeEventListener('input', schedule);
      changes.disconnect();
      options.underlines.clear();
    },
  };
}
