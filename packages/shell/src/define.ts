import { defineElement } from '@hn-elements/core';
import { HnErrorTile } from './hn-error-tile.js';
import { HnShellHeader } from './hn-shell-header.js';
import { HnShellRegion } from './hn-shell-region.js';

defineElement('hn-shell-header', HnShellHeader);
defineElement('hn-shell-region', HnShellRegion);
defineElement('hn-error-tile', HnErrorTile);
