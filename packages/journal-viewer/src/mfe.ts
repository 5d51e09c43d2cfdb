import { defineMicroFrontend } from '@hn-elements/core';

/** single-spa lifecycles for <hn-journal-viewer>. */
export const { bootstrap, mount, unmount, update } = defineMicroFrontend('hn-journal-viewer', () => import('./define.js'));
