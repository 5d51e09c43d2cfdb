import { defineMicroFrontend } from '@hn-elements/core';

/** single-spa lifecycles for <hn-tool-catalogue>. */
export const { bootstrap, mount, unmount, update } = defineMicroFrontend('hn-tool-catalogue', () => import('./define.js'));
