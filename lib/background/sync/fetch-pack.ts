import { type PackError, packError } from '../../pack/errors';
import { packUrlProblem } from './sources';

// One download of a pack, as a value: never throws. Conditional (If-None-Match),
// bounded in time (the whole download, body included) and in size (counted while
// reading, so a server that lies about or omits Content-Length cannot fill memory).
//
// From the service worker this is a CORS request whenever the pack host is not
// one of the extension's host permissions: the host must send
// Access-Control-Allow-Origin, and Access-Control-Expose-Headers: ETag for
// conditional requests to work (docs/admin.md). Without an exposed ETag the
// pack is downloaded in full each time and recognised as unchanged by content.

export type FetchOutcome =
  | { kind: 'not-modified' }
  | { kind: 'fetched'; text: string; etag?: string }
  | { kind: 'failed'; error: PackError };

export interface FetchOptions {
  etag?: string;
  timeoutMs: number;
  maxBytes: number;
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export async function fetchPack(url: string, opts: FetchOptions): Promise<FetchOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (opts.etag !== undefined) headers['if-none-match'] = opts.etag;
    const response = await (opts.fetch ?? fetch)(url, {
      headers,
      // 'no-store': the HTTP cache would otherwise answer a 304 itself and hand
      // back a 200 from cache, and the cheap "unchanged" path would be lost.
      cache: 'no-store',
      credentials: 'omit',
      signal: controller.signal,
    });
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) return failed('http-status', `HTTP ${response.status} ${response.statusText}`.trim());
    // A redirect must not lead from https to plain http elsewhere.
    const redirectProblem = response.redirected ? packUrlProblem(response.url) : undefined;
    if (redirectProblem !== undefined) return { kind: 'failed', error: redirectProblem };
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > opts.maxBytes) return failed('too-large', `${declared} bytes, the limit is ${opts.maxBytes}`);
    const text = await readCapped(response, opts.maxBytes);
    if (text === undefined) {
      controller.abort();
      return failed('too-large', `more than ${opts.maxBytes} bytes`);
    }
    const etag = response.headers.get('etag');
    return etag === null ? { kind: 'fetched', text } : { kind: 'fetched', text, etag };
  } catch (error) {
    return controller.signal.aborted ? failed('timeout', `no complete answer in ${opts.timeoutMs} ms`) : failed('network', String(error));
  } finally {
    clearTimeout(timer);
  }
}

/** The body as text, or undefined as soon as it passes maxBytes. */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function failed(code: PackError['code'], detail: string): FetchOutcome {
  return { kind: 'failed', error: packError(code, detail) };
}
