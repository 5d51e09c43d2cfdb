import { defineMicroFrontend } from '@hn-elements/core';

/** single-spa lifecycles for <hn-appointment-list>. */
export const { bootstrap, mount, unmount, update } = defineMicroFrontend('hn-appointment-list', () => import('./define.js'));
