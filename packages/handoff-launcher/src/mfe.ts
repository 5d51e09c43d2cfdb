import { defineMicroFrontend } from '@hn-elements/core';

/**
 * single-spa lifecycles for <hn-handoff-launcher>, for a host that mounts one launcher as a
 * parcel (pass `elementProps: { href, destination, ... }`). Usually other components render the
 * tag themselves after importing `@hn-elements/handoff-launcher/define.js`.
 */
export const { bootstrap, mount, unmount, update } = defineMicroFrontend('hn-handoff-launcher', () => import('./define.js'));
