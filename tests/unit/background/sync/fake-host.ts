// A pack host as a fetch function, for sync tests: per URL a pack with an
// ETag (answering If-None-Match with 304), a status, or nothing at all (down).

export type Hosted = { kind: 'pack'; body: string; etag?: string } | { kind: 'status'; status: number } | { kind: 'down' };

export interface FakeHost {
  fetch: typeof fetch;
  set(url: string, hosted: Hosted): void;
  log: { url: string; ifNoneMatch: string | null; status: number | 'down' }[];
}

export function fakeHost(): FakeHost {
  const hosted = new Map<string, Hosted>();
  const log: FakeHost['log'] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const ifNoneMatch = new Headers(init?.headers).get('if-none-match');
    const entry = hosted.get(url) ?? { kind: 'status', status: 404 };
    const answer = (status: number | 'down') => log.push({ url, ifNoneMatch, status });
    if (entry.kind === 'down') {
      answer('down');
      throw new TypeError('Failed to fetch');
    }
    if (entry.kind === 'status') {
      answer(entry.status);
      return new Response('unavailable', { status: entry.status });
    }
    if (entry.etag !== undefined && ifNoneMatch === entry.etag) {
      answer(304);
      return new Response(null, { status: 304 });
    }
    answer(200);
    return new Response(entry.body, { status: 200, headers: entry.etag === undefined ? {} : { etag: entry.etag } });
  };
  return { fetch: fetchImpl as typeof fetch, set: (url, next) => void hosted.set(url, next), log };
}
