// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchComposers } from '../../../lib/content/composer-watch';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function editor(label: string): HTMLElement {
  const el = document.createElement('div');
  el.className = 'editor';
  el.setAttribute('contenteditable', 'true');
  el.dataset.label = label;
  return el;
}

function track() {
  const added: string[] = [];
  const removed: string[] = [];
  const stop = watchComposers(document, {
    selector: '.editor[contenteditable="true"]',
    accept: (el) => (el.dataset.label === 'dm' ? null : el.dataset.label ?? ''),
    onAdded: (_el, label) => added.push(label),
    onRemoved: (el) => removed.push(el.dataset.label ?? ''),
  });
  return { added, removed, stop };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('watchComposers', () => {
  it('finds composers already on the page', () => {
    document.body.append(editor('first'));
    const { added, stop } = track();
    expect(added).toEqual(['first']);
    stop();
  });

  it('follows composers that mount late, inside added subtrees, and leave', async () => {
    const { added, removed, stop } = track();
    const dialog = document.createElement('section');
    dialog.append(editor('share'));
    document.body.append(dialog);
    await flush();
    expect(added).toEqual(['share']);
    dialog.remove();
    await flush();
    expect(removed).toEqual(['share']);
    stop();
  });

  it('handles several composers at once and re-mounts', async () => {
    const { added, removed, stop } = track();
    const a = editor('a');
    const b = editor('b');
    document.body.append(a, b);
    await flush();
    a.replaceWith(editor('a2'));
    await flush();
    expect(added).toEqual(['a', 'b', 'a2']);
    expect(removed).toEqual(['a']);
    stop();
    expect(removed).toEqual(['a', 'b', 'a2']);
  });

  it('ignores what the adapter rejects', async () => {
    const { added, stop } = track();
    document.body.append(editor('dm'));
    await flush();
    expect(added).toEqual([]);
    stop();
  });

  it('notices an editor that becomes editable after it mounted', async () => {
    const { added, stop } = track();
    const el = editor('late');
    el.setAttribute('contenteditable', 'false');
    document.body.append(el);
    await flush();
    expect(added).toEqual([]);
    el.setAttribute('contenteditable', 'true');
    await flush();
    expect(added).toEqual(['late']);
    stop();
  });
});
