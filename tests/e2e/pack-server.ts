import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A pack host on 127.0.0.1 for the end-to-end tests, set up like a static host
// or object store an admin would use: CORS open to any origin (the extension's
// service worker fetches cross-origin, with no host permission for it), the
// ETag exposed and If-None-Match honoured with a 304.

export type Served = { kind: 'pack'; body: string; etag: string } | { kind: 'status'; status: number };

export interface PackServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The pack's URL. */
  url: string;
  serve(next: Served): void;
  /** Every GET so far, oldest first, with what it was answered. */
  log: { ifNoneMatch: string | null; status: number }[];
  /** Stops listening: from now on the address refuses connections ("the server is down"). */
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'If-None-Match',
  'access-control-expose-headers': 'ETag',
};

export async function startPackServer(): Promise<PackServer> {
  let current: Served = { kind: 'status', status: 404 };
  const log: PackServer['log'] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...CORS, 'access-control-allow-methods': 'GET', 'access-control-max-age': '0' }).end();
      return;
    }
    const ifNoneMatch = request.headers['if-none-match'] ?? null;
    const answer = (status: number, headers: Record<string, string>, body?: string) => {
      log.push({ ifNoneMatch, status });
      response.writeHead(status, { ...CORS, 'cache-control': 'no-cache', ...headers }).end(body);
    };
    if (request.method !== 'GET' || request.url !== '/acme.json') return answer(404, {}, 'not found');
    if (current.kind === 'status') return answer(current.status, {}, 'unavailable');
    if (ifNoneMatch === current.etag) return answer(304, { etag: current.etag });
    answer(200, { 'content-type': 'application/json', etag: current.etag }, current.body);
  });
  // Bounded: nothing a test does takes long, and a stuck request must not hold the run.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  let closed = false;
  return {
    origin,
    url: `${origin}/acme.json`,
    log,
    serve: (next) => {
      current = next;
    },
    close: async () => {
      if (closed) return;
      closed = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
