import { defineMicroFrontend } from '@hn-elements/core';

/** single-spa lifecycles for <hn-test-results>. */
export const { bootstrap, mount, unmount, update } = defineMicroFrontend('hn-test-results', () => import('./define.js'));
