/**
 * What must be in a component's shadow root before it counts as rendered, beyond its first render
 * (see rendered.ts). The inbox's virtualiser puts the rows in a frame after the list's own render
 * (the selector is the one the inbox's tests use).
 */
export const READY: Record<string, string> = {
  inbox: '.list [part="item"]',
};
