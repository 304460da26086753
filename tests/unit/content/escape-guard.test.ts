// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guardEscape } from '../../../lib/content/escape-guard';

// A page with the site's editor, a site button and Chorus's shadow host with
// a search box inside; the site listens for Escape on window and document,
// in capture and bubble, as the real sites and the replicas do.

let calls: string[];
let heard: string[];
let open: { panel: boolean; card: boolean };
let stop: () => void;
let editor: HTMLElement;
let button: HTMLButtonElement;
let search: HTMLInputElement;
const siteListeners: [EventTarget, string, EventListener, boolean][] = [];

function listenAsSite(target: EventTarget, type: string, name: string, capture: boolean) {
  const listener = (event: Event) => heard.push(`${name}:${event.type}`);
  target.addEventListener(type, listener, capture);
  siteListeners.push([target, type, listener, capture]);
}

beforeEach(() => {
  calls = [];
  heard = [];
  open = { panel: false, card: false };
  editor = document.createElement('div');
  editor.contentEditable = 'true';
  button = document.createElement('button');
  const host = document.createElement('chorus-assistant');
  const shadow = host.attachShadow({ mode: 'closed' });
  search = document.createElement('input');
  shadow.append(search);
  document.body.append(editor, button, host);
  stop = guardEscape({
    host,
    editor,
    panelOpen: () => open.panel,
    anyOpen: () => open.panel || open.card,
    returnToDraft: () => calls.push('returnToDraft'),
    closeAll: () => calls.push('closeAll'),
    closePanel: () => calls.push('closePanel'),
  });
  // Registered after Chorus, as a site that adds listeners late would.
  for (const type of ['keydown', 'keyup', 'pointerdown']) {
    listenAsSite(window, type, 'window-capture', true);
    listenAsSite(document, type, 'document-capture', true);
    listenAsSite(document, type, 'document', false);
  }
});

afterEach(() => {
  stop();
  for (const [target, type, listener, capture] of siteListeners.splice(0)) target.removeEventListener(type, listener, capture);
  document.body.replaceChildren();
});

const key = (target: EventTarget, type: 'keydown' | 'keyup', init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent(type, { key: 'Escape', bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
};
const pointerdown = (target: EventTarget) => {
  const event = new PointerEvent('pointerdown', { bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
};

describe('Escape', () => {
  it('in Chorus’s search never reaches the site; the caret goes back first, then Chorus closes', () => {
    open.panel = true;
    const down = key(search, 'keydown');
    const up = key(editor, 'keyup');
    expect(heard).toEqual([]);
    expect(down.defaultPrevented).toBe(true);
    expect(up.defaultPrevented).toBe(true);
    expect(calls).toEqual(['returnToDraft', 'closeAll']);
  });

  it('in Chorus’s UI is Chorus’s even with nothing open (a focused launcher)', () => {
    key(search, 'keydown');
    expect(heard).toEqual([]);
    expect(calls).toEqual(['returnToDraft', 'closeAll']);
  });

  it('in the editor while the panel or a card is open closes Chorus, not the site’s dialog', () => {
    open.card = true;
    key(editor, 'keydown');
    expect(heard).toEqual([]);
    expect(calls).toEqual(['returnToDraft', 'closeAll']);
  });

  it('in the editor with Chorus closed is the site’s, keyup included', () => {
    const down = key(editor, 'keydown');
    key(editor, 'keyup');
    expect(down.defaultPrevented).toBe(false);
    expect(heard).toEqual([
      'window-capture:keydown',
      'document-capture:keydown',
      'document:keydown',
      'window-capture:keyup',
      'document-capture:keyup',
      'document:keyup',
    ]);
    expect(calls).toEqual([]);
  });

  it('elsewhere on the page is the site’s even while the panel is open', () => {
    open.panel = true;
    key(button, 'keydown');
    expect(heard).toEqual(['window-capture:keydown', 'document-capture:keydown', 'document:keydown']);
    expect(calls).toEqual([]);
  });

  it('while an input method composes is left to it', () => {
    open.panel = true;
    key(search, 'keydown', { isComposing: true });
    expect(calls).toEqual([]);
  });

  it('other keys pass', () => {
    open.panel = true;
    key(editor, 'keydown', { key: 'Enter' });
    expect(heard).toEqual(['window-capture:keydown', 'document-capture:keydown', 'document:keydown']);
    expect(calls).toEqual([]);
  });
});

describe('pointerdown', () => {
  it('outside the open panel closes it and still reaches the site, not prevented', () => {
    open.panel = true;
    const event = pointerdown(button);
    expect(calls).toEqual(['closePanel']);
    expect(event.defaultPrevented).toBe(false);
    expect(heard).toEqual(['window-capture:pointerdown', 'document-capture:pointerdown', 'document:pointerdown']);
  });

  it('inside Chorus, or in the composer’s editor, keeps the panel open', () => {
    open.panel = true;
    pointerdown(search);
    pointerdown(editor);
    expect(calls).toEqual([]);
  });

  it('does nothing while the panel is closed', () => {
    open.card = true;
    pointerdown(button);
    expect(calls).toEqual([]);
  });
});

it('stops listening when stopped', () => {
  stop();
  open.panel = true;
  key(search, 'keydown');
  pointerdown(button);
  expect(calls).toEqual([]);
  stop = () => {};
});
