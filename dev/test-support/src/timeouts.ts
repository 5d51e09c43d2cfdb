import { waitUntil } from '@open-wc/testing';

/**
 * Request timeouts the test runs out, instead of a race between a real deadline and real latency.
 *
 * A test of "a source slower than the timeout" used to set a short request timeout (300 ms, 1 s)
 * and a server delay beyond it. On a busy machine the healthy sources crossed the deadline too, and
 * the test failed for the wrong reason. With `holdTimeouts()` the timeouts the FHIR client asks for
 * (`AbortSignal.timeout`) run out only when the test says so, and only for the requests it names: the
 * slow source times out, however fast the machine; the healthy ones never do, however slow it is.
 * The code path is the real one (an aborted fetch whose timeout signal fired becomes a `timeout`
 * failure); only the moment is the test's.
 *
 * The client creates a request's timeout signal right before it calls `fetch` (nothing in between
 * when the source has no access token), so the held timeout is paired with the next fetch.
 */
export interface HeldTimeouts {
  /** Every timeout asked for so far, in ms: the test can check the element passed its own. */
  readonly asked: number[];
  /** URLs of the requests whose timeout was run out, in order. */
  readonly expired: string[];
  /** Runs out the timeout of every request made so far whose URL matches (once each). Returns how many. */
  expire(matching: (url: string) => boolean): number;
  /**
   * Runs out the matching requests' timeouts as they are made (retries too) until `done` resolves;
   * fails after `timeout` ms if it has not.
   */
  expireUntil(matching: (url: string) => boolean, done: Promise<unknown>, timeout?: number): Promise<void>;
  restore(): void;
}

interface Held {
  url: string;
  controller: AbortController;
  expired: boolean;
}

export function holdTimeouts(): HeldTimeouts {
  const asked: number[] = [];
  const expired: string[] = [];
  const held: Held[] = [];
  let next: AbortController | undefined;
  const originalTimeout = AbortSignal.timeout;
  const originalFetch = window.fetch;
  AbortSignal.timeout = (ms: number) => {
    asked.push(ms);
    next = new AbortController();
    return next.signal;
  };
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (next) held.push({ url, controller: next, expired: false });
    next = undefined;
    return originalFetch(input, init);
  };
  const expire = (matching: (url: string) => boolean) => {
    let count = 0;
    for (const request of held) {
      if (request.expired || !matching(request.url)) continue;
      request.expired = true;
      expired.push(request.url);
      request.controller.abort(new DOMException('signal timed out', 'TimeoutError'));
      count += 1;
    }
    return count;
  };
  return {
    asked,
    expired,
    expire,
    async expireUntil(matching, done, timeout = 20_000) {
      let finished = false;
      void done.then(() => (finished = true));
      await waitUntil(() => (expire(matching), finished), 'held timeouts: the work did not finish', { timeout, interval: 10 });
    },
    restore() {
      AbortSignal.timeout = originalTimeout;
      window.fetch = originalFetch;
    },
  };
}
