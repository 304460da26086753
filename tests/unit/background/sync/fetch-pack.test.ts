import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPack } from '../../../../lib/background/sync/fetch-pack';

// Against a real HTTP server on 127.0.0.1, so headers, streaming bodies and
// aborts behave as they do in the browser's fetch.

let server: Server;
let base = '';
const hanging = new Set<() => void>();

beforeAll(async () => {
  server = createServer((request, response) => {
    switch (request.url) {
      case '/pack':
        if (request.headers['if-none-match'] === '"v2"') return response.writeHead(304).end();
        return response.writeHead(200, { etag: '"v2"', 'content-type': 'application/json' }).end('{"ok":true}');
      case '/no-etag':
        return response.writeHead(200).end('\uFEFF{"æøå":"ПРИВЕТ"}');
      case '/error':
        return response.writeHead(503, 'Service Unavailable').end();
      case '/declared-large':
        return response.writeHead(200, { 'content-length': '5000' }).end('x'.repeat(5000));
      case '/streamed-large':
        // Chunked, no Content-Length: the cap must hold while reading.
        response.writeHead(200);
        for (let i = 0; i < 10; i++) response.write('y'.repeat(1000));
        return response.end();
      case '/redirect':
        return response.writeHead(302, { location: '/pack' }).end();
      default:
        // Never answers, until the test run ends.
        hanging.add(() => response.end());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const end of hanging) end();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const opts = { timeoutMs: 2_000, maxBytes: 2_000 };

describe('downloading a pack', () => {
  it('returns the text and the ETag', async () => {
    expect(await fetchPack(`${base}/pack`, opts)).toEqual({ kind: 'fetched', text: '{"ok":true}', etag: '"v2"' });
  });

  it('sends If-None-Match and reports a 304 as not modified', async () => {
    expect(await fetchPack(`${base}/pack`, { ...opts, etag: '"v2"' })).toEqual({ kind: 'not-modified' });
    expect((await fetchPack(`${base}/pack`, { ...opts, etag: '"v1"' })).kind).toBe('fetched');
  });

  it('decodes UTF-8 and drops a byte order mark; no ETag is fine', async () => {
    expect(await fetchPack(`${base}/no-etag`, opts)).toEqual({ kind: 'fetched', text: '{"æøå":"ПРИВЕТ"}' });
  });

  it('follows a redirect on the same host', async () => {
    expect((await fetchPack(`${base}/redirect`, opts)).kind).toBe('fetched');
  });

  it('a non-2xx answer is http-status with the status in the detail', async () => {
    const outcome = await fetchPack(`${base}/error`, opts);
    expect(outcome).toMatchObject({ kind: 'failed', error: { code: 'http-status', detail: 'HTTP 503 Service Unavailable' } });
  });

  it('refuses a body over the cap, whether declared or streamed', async () => {
    expect(await fetchPack(`${base}/declared-large`, opts)).toMatchObject({ kind: 'failed', error: { code: 'too-large' } });
    expect(await fetchPack(`${base}/streamed-large`, opts)).toMatchObject({ kind: 'failed', error: { code: 'too-large' } });
  });

  it('gives up after the timeout', async () => {
    const started = Date.now();
    const outcome = await fetchPack(`${base}/hang`, { ...opts, timeoutMs: 200 });
    expect(outcome).toMatchObject({ kind: 'failed', error: { code: 'timeout' } });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a refused connection is a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await fetchPack(`http://127.0.0.1:${port}/pack`, opts)).toMatchObject({ kind: 'failed', error: { code: 'network' } });
  });

  it('never throws, even when fetch itself does', async () => {
    const throwing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await fetchPack('https://packs.example/a.json', { ...opts, fetch: throwing })).toMatchObject({ kind: 'failed', error: { code: 'network', detail: 'TypeError: Failed to fetch' } });
  });
});
