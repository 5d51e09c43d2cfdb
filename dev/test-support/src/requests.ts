// Watching what a page asks other servers for: how the tests prove that hostile markup loads
// nothing (no read receipts, no tracking pixels).
import { waitUntil } from '@open-wc/testing';

/** Every resource the page requests from `prefix` from now on (Resource Timing reports failed requests too). */
export function watchRequests(prefix: string): { urls: string[]; stop: () => void } {
  const urls: string[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name.startsWith(prefix)) urls.push(entry.name);
  });
  observer.observe({ type: 'resource' });
  return { urls, stop: () => observer.disconnect() };
}

/**
 * A URL prefix on another origin that fails at once: https to the test server's own port, which
 * speaks plain http, so the TLS handshake is refused in milliseconds. A name that does not resolve
 * (such as `beacon.example`) fails too, but only after the resolver gives up, which took up to 5 s
 * per test here. Each call gives a fresh path, so runs never see each other's requests.
 */
export function beaconPrefix(label: string): string {
  beaconRuns += 1;
  return `https://${location.hostname}:${location.port}/beacon/${label}-${beaconRuns}/`;
}
let beaconRuns = 0;

/**
 * Renders controls into `root` after what is there: an image and a CSS image from `prefix`, not
 * sanitised. Waits until both requests are reported (`requests` from watchRequests), then removes
 * them: by then a request that the content rendered before them made would have been reported too.
 */
export async function remoteControlsReported(root: ParentNode, prefix: string, requests: { urls: string[] }): Promise<void> {
  const control = document.createElement('div');
  control.innerHTML = `<img alt="" src="${prefix}control-img.png"><div style="width:1px;height:1px;background-image:url(${prefix}control-css.png)"></div>`;
  root.append(control);
  void control.offsetHeight; // style and layout now: that is when CSS images are asked for
  try {
    await waitUntil(() => requests.urls.filter((u) => u.includes('/control-')).length === 2, 'the control requests were not reported', { timeout: 8000 });
  } finally {
    control.remove();
  }
}

/** Requests to `prefix` other than the controls'. */
export function nonControlRequests(requests: { urls: string[] }): string[] {
  return requests.urls.filter((u) => !u.includes('/control-'));
}
