import { defineMicroFrontend } from '@hn-elements/core';

/** single-spa lifecycles for <hn-referrals>. */
export const { bootstrap, mount, unmount, update } = defineMicroFrontend('hn-referrals', () => import('./define.js'));
