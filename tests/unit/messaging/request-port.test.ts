import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../lib/messaging';
import { openRequestPort, type PortLike, REQUEST_PORT, servePort } from '../../../lib/messaging/request-port';

// Requests over one long-lived port (the draft checks while typing): answered
// by id, under the same sender rules as messages, and asked again by
// sendMessage when the worker stops under them.

const answer = { outcomes: [], status: null };
const handlers = Object.fromEntries(
  ['getSuggestions', 'recordInsert', 'getStatus', 'getPackSettings', 'setPackSettings', 'syncNow', 'importPack', 'removeImportedPack'].map((type) => [type, vi.fn(async () => answer)]),
) as unknown as Handlers;

afterEach(() => {
  vi.clearAllMocks();
});

// Two ends of one port, as runtime.connect and onConnect hand them out.
function portPair(senderUrl: string) {
  const listeners = { client: [] as ((m: unknown) => void)[], server: [] as ((m: unknown) => void)[] };
  const gone = { client: [] as (() => void)[], server: [] as (() => void)[] };
  const sent: unknown[] = [];
  const end = (self: 'client' | 'server', other: 'client' | 'server'): PortLike => ({
    name: REQUEST_PORT,
    sender: self === 'server' ? { url: senderUrl } : undefined,
    postMessage: (message) => {
      if (self === 'client') sent.push(message);
      queueMicrotask(() => {
        for (const listener of listeners[other]) listener(structuredClone(message));
      });
    },
    onMessage: { addListener: (listener) => listeners[self].push(listener) },
    onDisconnect: { addListener: (listener) => gone[self].push(listener) },
  });
  const disconnect = () => {
    for (const listener of [...gone.client, ...gone.server]) listener();
  };
  return { client: end('client', 'server'), server: end('server', 'client'), sent, disconnect };
}

describe('requests over a port', () => {
  const checkHandlers = { ...handlers, checkDraft: vi.fn(async ({ text }: { text: string }) => ({ findings: [{ text }] })) } as unknown as Handlers;

  it('answers each request by its id, over one port for many requests', async () => {
    const connect = vi.fn();
    const pairs: ReturnType<typeof portPair>[] = [];
    connect.mockImplementation(() => {
      const pair = portPair('https://x.com/home');
      servePort(pair.server, checkHandlers);
      pairs.push(pair);
      return pair.client;
    });
    const port = openRequestPort(connect);
    const [a, b] = await Promise.all([
      port.request('checkDraft', { network: 'x', text: 'one', lockedSpans: [] }),
      port.request('checkDraft', { network: 'x', text: 'two', lockedSpans: [] }),
    ]);
    expect(a).toEqual({ findings: [{ text: 'one' }] });
    expect(b).toEqual({ findings: [{ text: 'two' }] });
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it('refuses over a port what it refuses as a message', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const pair = portPair('https://www.linkedin.com/feed/');
    servePort(pair.server, handlers);
    const port = openRequestPort(() => pair.client);
    expect(await port.request('syncNow', {})).toBeUndefined();
    expect(handlers.syncNow).not.toHaveBeenCalled();
  });

  it('asks again by sendMessage what was on its way when the worker stopped, and opens a new port next time', async () => {
    const silent = portPair('https://x.com/home'); // nobody serves it: the worker is gone
    const served = portPair('https://x.com/home');
    servePort(served.server, checkHandlers);
    const connect = vi.fn().mockReturnValueOnce(silent.client).mockReturnValueOnce(served.client);
    const fallback = vi.fn(async () => ({ findings: [] }));
    const port = openRequestPort(connect, fallback as never);
    const first = port.request('checkDraft', { network: 'x', text: 'lost', lockedSpans: [] });
    await Promise.resolve();
    silent.disconnect();
    expect(await first).toEqual({ findings: [] });
    expect(fallback).toHaveBeenCalledWith('checkDraft', { network: 'x', text: 'lost', lockedSpans: [] });
    expect(await port.request('checkDraft', { network: 'x', text: 'next', lockedSpans: [] })).toEqual({ findings: [{ text: 'next' }] });
    expect(connect).toHaveBeenCalledTimes(2);
  });
});
