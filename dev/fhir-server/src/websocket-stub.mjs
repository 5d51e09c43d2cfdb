// @medplum/core reads `WebSocket.CLOSING` and `WebSocket.CLOSED` when the module
// loads. Node 20 has no global WebSocket (Node 22 has), so the import fails there.
// The FHIR router never opens a WebSocket, so a stand-in with the four ready-state
// constants is enough. Import this module before anything from @medplum.

if (typeof globalThis.WebSocket === 'undefined') {
  /** Stand-in that only carries the ready-state constants; it cannot connect. */
  class WebSocketUnavailable {
    static CONNECTING = 0;
    static OPEN = 1;
    static CLOSING = 2;
    static CLOSED = 3;
    constructor() {
      throw new Error('WebSocket is not available in this Node version (stub from @hn-elements/dev-fhir-server).');
    }
  }
  Object.defineProperty(globalThis, 'WebSocket', {
    value: WebSocketUnavailable,
    writable: true,
    configurable: true,
  });
}

export {};
