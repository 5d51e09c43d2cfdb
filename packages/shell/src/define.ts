import { HnErrorTile } from './hn-error-tile.js';
import { HnShellHeader } from './hn-shell-header.js';
import { HnShellRegion } from './hn-shell-region.js';

function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(`<${tag}> is already defined by another class; keeping the first definition.`);
  }
}

define('hn-shell-header', HnShellHeader);
define('hn-shell-region', HnShellRegion);
define('hn-error-tile', HnErrorTile);
