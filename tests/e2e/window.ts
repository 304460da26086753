import type { Page } from '@playwright/test';

// A browser window of a given size at a given zoom, for the layout tests.
//
// Browser zoom (Ctrl+Plus) at 125% in a window 1366 px wide makes the page's
// CSS viewport 1366 / 1.25 = 1093 CSS px wide and devicePixelRatio 1.25: the
// page lays out again for the narrower viewport, media queries see 1093 px,
// and innerWidth, getBoundingClientRect and elementFromPoint all speak in
// those CSS px. Chromium's DevTools protocol emulates exactly that with
// `Emulation.setDeviceMetricsOverride` (width and height in CSS px, and a
// deviceScaleFactor of 1.25). CSS `zoom` on <html> would not: innerWidth and
// devicePixelRatio stay unzoomed, so what Chorus measures of the window would
// disagree with what it measures of the page, which real zoom never does.
// A window is also taller than its page: its tabs and toolbar take about
// 85 px in Chromium, so the viewport is the window's height minus that.

export interface WindowSize {
  /** The window's width in screen px. */
  width: number;
  /** The window's height in screen px, tabs and toolbar included. */
  height: number;
  /** Browser zoom: 1 for 100 %, 1.25 for 125 %. */
  zoom: number;
}

/** Chromium's tab strip and toolbar, in screen px. */
const BROWSER_CHROME_PX = 85;

/** The usual screen heights for these widths (laptop 1366x768 and 1024x768 show less; 1920x1080). */
export function windowOf(width: number, zoom = 1): WindowSize {
  const height = width >= 1920 ? 1080 : width >= 1366 ? 900 : 768;
  return { width, height, zoom };
}

/** Gives `page` the CSS viewport and device pixel ratio of `size` (see the note above). */
export async function emulateWindow(page: Page, size: WindowSize): Promise<{ width: number; height: number }> {
  const width = Math.round(size.width / size.zoom);
  const height = Math.round((size.height - BROWSER_CHROME_PX) / size.zoom);
  // Playwright's own viewport first, so its later re-emulation (if any) agrees on the size.
  await page.setViewportSize({ width, height });
  if (size.zoom !== 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: size.zoom, mobile: false });
  }
  return { width, height };
}

/** For test titles: `1366x900 at 125%`. */
export function windowLabel(size: WindowSize): string {
  return `${size.width}x${size.height}${size.zoom === 1 ? '' : ` at ${Math.round(size.zoom * 100)}%`}`;
}
