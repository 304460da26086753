import { browser } from 'wxt/browser';
import { answerRequest, type Handlers, type MessageType, type Protocol, sendMessage } from '.';

// The same protocol over one long-lived port, for requests a content script
// makes on every pause in typing (checkDraft). runtime.sendMessage opens and
// closes a message channel per call: about 0.7 ms of the page's own CPU per
// check, measured by the busy-feed bench (bench/feed.ts); a message on an
// open port costs a fraction of that. The worker may stop between
// keystrokes (MV3): the port then closes, what was on its way is asked again
// by sendMessage, and the next request opens a new port.

export const REQUEST_PORT = 'chorus-requests';

/** The parts of a runtime.Port used here, so tests can hand in their own. */
export interface PortLike {
  name: string;
  sender?: { url?: string };
  postMessage: (message: unknown) => void;
  onMessage: { addListener: (listener: (message: unknown) => void) => void };
  onDisconnect: { addListener: (listener: () => void) => void };
}

interface PortRequest {
  id: number;
  message: unknown;
}
interface PortAnswer {
  id: number;
  response: unknown;
}

/** Background: answers requests arriving on one port as handleMessages answers messages. */
export function servePort(port: PortLike, handlers: Handlers): void {
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
  });
  port.onMessage.addListener((received: unknown) => {
    const { id, message } = received as PortRequest;
    if (typeof id !== 'number') return;
    const answer = answerRequest(message, port.sender ?? {}, handlers) ?? Promise.resolve(undefined);
    void answer.then((response) => {
      if (open) port.postMessage({ id, response } satisfies PortAnswer);
    });
  });
}

/** Background: serve every request port a content script opens. */
export function handleRequestPorts(handlers: Handlers): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === REQUEST_PORT) servePort(port as unknown as PortLike, handlers);
  });
}

export interface RequestPort {
  request: <K extends MessageType>(type: K, payload: Protocol[K]['request']) => Promise<Protocol[K]['response']>;
}

/** Content script: requests over a port opened on first use and again after it closes. */
export function openRequestPort(
  connect: () => PortLike = () => browser.runtime.connect({ name: REQUEST_PORT }) as unknown as PortLike,
  fallback: typeof sendMessage = sendMessage,
): RequestPort {
  let port: PortLike | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve: (response: unknown) => void; retry: () => void }>();
  const open = (): PortLike => {
    const opened = connect();
    opened.onMessage.addListener((received: unknown) => {
      const { id, response } = received as PortAnswer;
      const waiting = pending.get(id);
      if (!waiting) return;
      pending.delete(id);
      waiting.resolve(response);
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      const unanswered = [...pending.values()];
      pending.clear();
      for (const waiting of unanswered) waiting.retry();
    });
    return opened;
  };
  return {
    request<K extends MessageType>(type: K, payload: Protocol[K]['request']) {
      return new Promise<Protocol[K]['response']>((resolve, reject) => {
        const retry = () => void fallback(type, payload).then(resolve, reject);
        const id = ++nextId;
        try {
          port ??= open();
          pending.set(id, { resolve: resolve as (response: unknown) => void, retry });
          port.postMessage({ id, message: { type, payload } } satisfies PortRequest);
        } catch {
          // The extension was reloaded under this page, or the port just closed.
          pending.delete(id);
          port = null;
          retry();
        }
      });
    },
  };
}
