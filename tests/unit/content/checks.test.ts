// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CheckResult, type DraftCheck, watchDraft } from '../../../lib/content/checks';
import type { Finding } from '../../../lib/rules/types';

// The draft watcher: one check after a pause in typing, answers for a text
// that has changed since dropped, and the site emptying the editor noticed
// without an input event.

function editorWith(text: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  const p = document.createElement('p');
  p.textContent = text;
  el.append(p);
  document.body.append(el);
  return el;
}

const setText = (editor: HTMLElement, text: string) => {
  (editor.firstChild as HTMLElement).textContent = text;
  editor.dispatchEvent(new Event('input'));
};

const finding = (text: string, word: string): Finding => {
  const start = text.indexOf(word);
  return { ruleId: 'r', kind: 'banned-terms', start, end: start + word.length, severity: 'error', message: { en: word } };
};

function watch(editor: HTMLElement, check: DraftCheck) {
  const results: CheckResult[] = [];
  const underlines = { set: vi.fn(), clear: vi.fn() };
  const watcher = watchDraft(editor, {
    check: () => check,
    inserted: () => ({ lockedSpans: [], insertedItemIds: [] }),
    onResult: (result) => results.push(result),
    underlines,
  });
  return { watcher, results, underlines };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('watchDraft', () => {
  it('checks once after a pause in typing, not on every key', async () => {
    vi.useFakeTimers();
    const editor = editorWith('');
    const check = vi.fn<DraftCheck>(async (text) => (text.includes('Falcon') ? [finding(text, 'Falcon')] : []));
    const { results, watcher } = watch(editor, check);
    for (const text of ['P', 'Pr', 'Project', 'Project F', 'Project Falcon']) {
      setText(editor, text);
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(check).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(120);
    expect(check).toHaveBeenCalledTimes(1);
    expect(check.mock.calls[0]?.[0]).toBe('Project Falcon');
    expect(results.at(-1)?.findings.map((f) => f.message.en)).toEqual(['Falcon']);
    watcher.stop();
  });

  it('drops an answer for a text the person changed while it was being checked', async () => {
    vi.useFakeTimers();
    const editor = editorWith('Project Falcon');
    let answer: (findings: Finding[]) => void = () => {};
    const check = vi.fn<DraftCheck>((text) => new Promise((resolve) => (answer = () => resolve([finding(text, 'Falcon')]))));
    const { results, underlines, watcher } = watch(editor, check);
    await vi.advanceTimersByTimeAsync(120);
    expect(check).toHaveBeenCalledTimes(1);
    // The person types on before the answer comes.
    setText(editor, 'Project Falcon is cancelled');
    answer([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(results).toEqual([]);
    expect(underlines.set).not.toHaveBeenCalled();
    // The next pause checks the new text, whose answer is kept.
    await vi.advanceTimersByTimeAsync(120);
    answer([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(results.at(-1)?.text).toBe('Project Falcon is cancelled');
    watcher.stop();
  });

  it('an editor the site empties by script, with no input event, loses its findings', async () => {
    vi.useFakeTimers();
    const editor = editorWith('Project Falcon');
    const check = vi.fn<DraftCheck>(async (text) => (text.includes('Falcon') ? [finding(text, 'Falcon')] : []));
    const { results, watcher } = watch(editor, check);
    await vi.advanceTimersByTimeAsync(120);
    expect(results.at(-1)?.findings).toHaveLength(1);
    (editor.firstChild as HTMLElement).textContent = '';
    await vi.advanceTimersByTimeAsync(120);
    expect(results.at(-1)?.findings).toEqual([]);
    // Nothing written: the rules are not even asked.
    expect(check).toHaveBeenCalledTimes(1);
    watcher.stop();
  });

  it('a failing check keeps what was shown and says nothing new', async () => {
    vi.useFakeTimers();
    const editor = editorWith('Project Falcon');
    const check = vi.fn<DraftCheck>(async () => {
      throw new Error('worker gone');
    });
    const { results, watcher } = watch(editor, check);
    await vi.advanceTimersByTimeAsync(120);
    expect(check).toHaveBeenCalledTimes(1);
    expect(results).toEqual([]);
    watcher.stop();
  });

  it('stop clears its timer, listeners and underlines: nothing runs after', async () => {
    vi.useFakeTimers();
    const editor = editorWith('Project Falcon');
    const check = vi.fn<DraftCheck>(async () => []);
    const { watcher, underlines } = watch(editor, check);
    watcher.stop();
    expect(underlines.clear).toHaveBeenCalled();
    setText(editor, 'more');
    await vi.advanceTimersByTimeAsync(500);
    expect(check).not.toHaveBeenCalled();
  });
});
