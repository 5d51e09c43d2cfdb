// The entry of dist/standalone.js (scripts/standalone.mjs): one self-contained file for a page
// without a bundler or import map. Registers the tags as define.js does, and exports the API.
import './define.js';
export * from './index.js';
