// Watching what a page asks other servers for: how the tests prove that hostile markup loads
// nothing (no read receipts, no tracking pixels).

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
