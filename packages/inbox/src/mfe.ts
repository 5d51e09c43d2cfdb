import { defineMicroFrontend } from '@hn-elements/core';

/** single-spa lifecycles for <hn-inbox>. */
export const { bootstrap, mount, unmount, update } = defineMicroFrontend('hn-inbox', () => import('./define.js'));
