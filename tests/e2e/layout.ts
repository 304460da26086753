import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

// "Never over the site's controls" (issue 11), tested as layout, not pixels:
// for one composer on a replica page, every one of the site's own controls
// (Post / Reply / Comment, the toolbar and its tools, the close button, the
// character counter, …: the replicas mark them with data-replica-control)
// must be what the browser hits at its centre and at its four corners, 2 px
// in, and so must the line of text the person is writing. A hit on Chorus's
// shadow host (`chorus-assistant`: from the document, everything inside a
// shadow root hits as its host) is a failure; the message names the control,
// the point and the Chorus element there (looked up inside the shadow root).
// What the site itself lays over a control (its own dialog over a comment
// box) is the site's business and not reported.

/** The composers of both replicas, by the name the layout tests use. */
export type ComposerName = 'share' | 'comment' | 'inline' | 'reply' | 'modal';

export interface ReplicaComposer {
  name: ComposerName;
  /** What the tests call it in messages. */
  label: string;
  /** The `data-surface` of Chorus's host for this composer. */
  surface: string;
  /** The composer's root: the first match is the composer checked. */
  root: string;
  /** The editor inside the root (the person's text). */
  editor: string;
  /**
   * Controls near the composer that belong to it for the person, found from
   * the root's closest match of `around.ancestor`: a LinkedIn comment box
   * sits right under its post's Like / Comment / Repost / Send.
   */
  around?: { ancestor: string; controls: string };
}

export const COMPOSERS: Record<ComposerName, ReplicaComposer> = {
  share: {
    name: 'share',
    label: 'LinkedIn share dialog',
    surface: 'share',
    root: '[data-replica-composer="share"]',
    editor: '.ql-editor',
  },
  comment: {
    name: 'comment',
    label: 'LinkedIn comment box',
    surface: 'comment',
    root: '[data-replica-composer="comment"]',
    editor: '.ql-editor',
    around: { ancestor: '.feed-shared-update-v2', controls: '[data-replica-control="post-action"]' },
  },
  inline: {
    name: 'inline',
    label: 'X home composer',
    surface: 'inline',
    root: '[data-replica-composer="inline"]',
    editor: '[data-testid="tweetTextarea_0"]',
  },
  reply: {
    name: 'reply',
    label: 'X reply dialog',
    surface: 'reply',
    root: '[data-replica-composer="reply"]',
    editor: '[data-testid="tweetTextarea_0"]',
  },
  modal: {
    name: 'modal',
    label: 'X compose modal',
    surface: 'modal',
    root: '[data-replica-composer="modal"]',
    editor: '[data-testid="tweetTextarea_0"]',
  },
};

/** One point of the site's that Chorus covers. */
export interface CoveredPoint {
  /** e.g. `post "Post"`, `tool "Add emoji"`, `typed text (caret line)`. */
  what: string;
  /** centre, top-left, …, or a point along the text line. */
  point: string;
  x: number;
  y: number;
  /** The Chorus element there, e.g. `chorus-assistant[data-surface="inline"] div.finding-card > p.finding-message`. */
  chorus: string;
}

export interface LayoutReport {
  /** The controls that were on screen and checked, as named in messages. */
  checked: string[];
  /** Controls with no box on screen (hidden by the site, or scrolled out of view). */
  offscreen: string[];
  /** Whether a line of the person's text was found and checked. */
  textChecked: boolean;
  covered: CoveredPoint[];
}

/** Everything the in-page check needs, as plain data (page.evaluate's argument). */
interface CheckArgs {
  root: string;
  editor: string;
  around: { ancestor: string; controls: string } | null;
}

/** Runs in the page: hit-tests the composer's controls and the person's current line. */
function hitTestInPage({ root, editor, around }: CheckArgs): LayoutReport {
  const report: LayoutReport = { checked: [], offscreen: [], textChecked: false, covered: [] };
  const rootElement = document.querySelector(root);
  if (!rootElement) throw new Error(`layout: no composer at ${root}`);
  const inset = 2;

  const describeChorus = (host: Element, x: number, y: number): string => {
    const surface = host.getAttribute('data-surface');
    let inner = host.shadowRoot?.elementFromPoint(x, y) ?? null;
    const path: string[] = [];
    // Up to three levels of class-bearing ancestors inside the shadow root, innermost last.
    while (inner && inner !== host && path.length < 3) {
      const classes = [...inner.classList].join('.');
      if (classes) path.unshift(`${inner.localName}.${classes}`);
      inner = inner.parentElement;
    }
    return `chorus-assistant[data-surface="${surface}"]${path.length ? ` ${path.join(' > ')}` : ''}`;
  };
  /** The Chorus element at (x, y), or null when the page's own element is there. */
  const chorusAt = (x: number, y: number): string | null => {
    const hit = document.elementFromPoint(x, y);
    const host = hit?.closest('chorus-assistant');
    return host ? describeChorus(host, x, y) : null;
  };
  const onScreen = (rect: DOMRect) => {
    const left = Math.max(rect.left, 0);
    const top = Math.max(rect.top, 0);
    const right = Math.min(rect.right, innerWidth);
    const bottom = Math.min(rect.bottom, innerHeight);
    return right - left >= 1 && bottom - top >= 1 ? { left, top, right, bottom } : null;
  };
  const nameOf = (control: Element): string => {
    const kind = control.getAttribute('data-replica-control') ?? control.localName;
    // A button's own words; a toolbar's would be its tools' icons.
    const words = control.getAttribute('aria-label') ?? (control.localName === 'button' ? control.textContent : '') ?? '';
    const label = words.replace(/\s+/g, ' ').trim().slice(0, 40);
    return label ? `${kind} "${label}"` : kind;
  };

  const controls = [...rootElement.querySelectorAll('[data-replica-control]')];
  if (around) {
    const ancestor = rootElement.closest(around.ancestor);
    if (ancestor) controls.push(...ancestor.querySelectorAll(around.controls));
  }
  for (const control of controls) {
    const what = nameOf(control);
    const rect = control.getBoundingClientRect();
    const box = rect.width > 0 && rect.height > 0 && control.checkVisibility({ visibilityProperty: true }) ? onScreen(rect) : null;
    if (!box) {
      report.offscreen.push(what);
      continue;
    }
    report.checked.push(what);
    const points: [string, number, number][] = [['centre', (box.left + box.right) / 2, (box.top + box.bottom) / 2]];
    if (box.right - box.left > 2 * inset + 1 && box.bottom - box.top > 2 * inset + 1) {
      points.push(
        ['top-left', box.left + inset, box.top + inset],
        ['top-right', box.right - inset, box.top + inset],
        ['bottom-left', box.left + inset, box.bottom - inset],
        ['bottom-right', box.right - inset, box.bottom - inset],
      );
    }
    for (const [point, x, y] of points) {
      const chorus = chorusAt(x, y);
      if (chorus) report.covered.push({ what, point, x: Math.round(x), y: Math.round(y), chorus });
    }
  }

  // The person's line: the caret's, when the caret is in the editor, else the
  // last line of text. From the editor's left edge to the end of the text (or
  // the caret) on that line, sampled every 16 px at half the line's height.
  const editorElement = rootElement.querySelector(editor);
  if (editorElement) {
    const selection = getSelection();
    let line: { top: number; bottom: number; right: number } | null = null;
    let which = 'last line';
    if (selection?.rangeCount && selection.isCollapsed && editorElement.contains(selection.anchorNode)) {
      const caret = selection.getRangeAt(0).getClientRects()[0];
      if (caret && caret.height > 0) {
        line = { top: caret.top, bottom: caret.bottom, right: caret.right };
        which = 'caret line';
      }
    }
    const walker = document.createTreeWalker(editorElement, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent?.trim()) last = node as Text;
    if (last) {
      const range = document.createRange();
      range.setStart(last, Math.max(0, (last.textContent ?? '').trimEnd().length - 1));
      range.setEnd(last, (last.textContent ?? '').trimEnd().length);
      const rects = range.getClientRects();
      const end = rects[rects.length - 1];
      if (end && !line) line = { top: end.top, bottom: end.bottom, right: end.right };
      // The caret's line goes as far as the text on it does.
      else if (end && line && Math.abs(end.top - line.top) < 2) line.right = Math.max(line.right, end.right);
    }
    const editorBox = editorElement.getBoundingClientRect();
    if (line && last) {
      const y = (line.top + line.bottom) / 2;
      const left = editorBox.left + inset;
      const right = Math.max(left, line.right - inset);
      const xs: number[] = [];
      for (let x = left; x < right; x += 16) xs.push(x);
      xs.push(right);
      for (const x of xs) {
        if (x < 0 || x >= innerWidth || y < 0 || y >= innerHeight) continue;
        report.textChecked = true;
        const chorus = chorusAt(x, y);
        if (chorus) report.covered.push({ what: `typed text (${which})`, point: `+${Math.round(x - editorBox.left)} px along the line`, x: Math.round(x), y: Math.round(y), chorus });
      }
    }
  }
  return report;
}

/** Hit-tests the composer's controls and the person's line without asserting. */
export async function measureControls(page: Page, composer: ReplicaComposer): Promise<LayoutReport> {
  return page.evaluate(hitTestInPage, { root: composer.root, editor: composer.editor, around: composer.around ?? null });
}

/**
 * Readable lines, one per control and Chorus element: what of the site's,
 * at which of its points, under which Chorus element, e.g.
 * `post "Post": centre (812, 141), top-left (780, 125) under chorus-assistant[…] div.finding-card > p.finding-message`.
 */
export function describeCovered(covered: CoveredPoint[]): string[] {
  const groups = new Map<string, CoveredPoint[]>();
  for (const c of covered) {
    const key = `${c.what}\u0000${c.chorus}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((points) => {
    const [first] = points as [CoveredPoint, ...CoveredPoint[]];
    // A line of text is sampled every 16 px: name the first points, count the rest.
    const shown = points.length > 4 ? points.slice(0, 3) : points;
    const more = points.length - shown.length;
    const where = `${shown.map((c) => `${c.point} (${c.x}, ${c.y})`).join(', ')}${more > 0 ? ` and ${more} more points` : ''}`;
    return `${first.what}: ${where} under ${first.chorus}`;
  });
}

export interface ClearOptions {
  /** Prefixed to the failure message: which surface, layout, width, … */
  when?: string;
  /** Fail when no line of the person's text could be checked (default: true when the editor holds text). */
  requireText?: boolean;
  /** Soft assertion (expect.soft): the test goes on to its next surface and fails at the end. */
  soft?: boolean;
}

/**
 * Asserts that no Chorus element covers `composer`'s controls (centre and the
 * four corners 2 px in, of each control on screen) nor the line the person is
 * writing. Fails when no control was on screen at all, so it never passes
 * for want of something to check.
 */
export async function assertControlsClear(page: Page, composer: ReplicaComposer, options: ClearOptions = {}): Promise<LayoutReport> {
  const report = await measureControls(page, composer);
  const check = options.soft ? expect.soft : expect;
  const where = `${composer.label}${options.when ? `, ${options.when}` : ''}`;
  check(report.checked.length, `${where}: none of the site's controls is on screen (off screen: ${report.offscreen.join(', ') || 'none listed'})`).toBeGreaterThan(0);
  if (options.requireText) check(report.textChecked, `${where}: no line of the person's text on screen to check`).toBe(true);
  check(describeCovered(report.covered), `${where}: Chorus covers the site's controls or the person's text`).toEqual([]);
  return report;
}

/** The centre of a locator's box, for a real mouse click there. */
export async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('layout: the element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** What the browser hits at (x, y), for messages: the Chorus element (inside its shadow root) or the site's. */
export function elementAt(page: Page, x: number, y: number): Promise<string> {
  return page.evaluate(
    ([px, py]) => {
      const describe = (element: Element | null | undefined): string => {
        if (!element) return 'nothing';
        const classes = [...element.classList].join('.');
        const id = element.getAttribute('data-testid') ?? element.getAttribute('data-replica-control');
        return `${element.localName}${classes ? `.${classes}` : ''}${id ? `[${id}]` : ''}`;
      };
      const hit = document.elementFromPoint(px, py);
      const host = hit?.closest('chorus-assistant');
      if (!host) return `the site's ${describe(hit)}`;
      return `Chorus: chorus-assistant[data-surface="${host.getAttribute('data-surface')}"] ${describe(host.shadowRoot?.elementFromPoint(px, py))}`;
    },
    [x, y] as const,
  );
}
