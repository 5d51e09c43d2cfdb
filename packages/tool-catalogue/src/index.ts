// The tag and event maps (HTMLElementTagNameMap, HTMLElementEventMap) of <hn-tool-catalogue>.
export type { HandoffErrorDetail, HandoffStartDetail } from './dom-types.js';
export * from './hn-tool-catalogue.js';
export * from './model.js';
export { toolsFromBundle, toolsFromSources, AllSourcesFailedError, type ToolData } from './load-tools.js';
export { toolMessages } from './messages.js';
