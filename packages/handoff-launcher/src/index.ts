// The tag and event maps (HTMLElementTagNameMap, HTMLElementEventMap) of <hn-handoff-launcher>.
export type { HandoffLauncherEventMap } from './dom-types.js';
export * from './hn-handoff-launcher.js';
export { checkHandoffTarget, checkIssuer, isLoopbackHost, isOpaqueLaunchId, normalizeOrigin, smartLaunchUrl, type TargetCheck } from './target.js';
export { launcherMessages } from './messages.js';
export { launcherTemplate, type LauncherTemplateOptions } from './template.js';
