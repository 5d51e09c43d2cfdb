// Runs before every story test (vitest.config.ts). @storybook/addon-vitest applies the preview's
// annotations itself (Storybook 10.3 and later), the a11y addon's included; do not apply them here
// as well, or the addon stops doing so.
//
// A story that logs an error fails: components report problems in their UI, never only in the
// console, so any console.error is a bug in the story or the component.
import { afterEach, beforeEach } from 'vitest';

const original = console.error;
let logged: unknown[][] = [];

/**
 * Chromium's "ResizeObserver loop completed with undelivered notifications" is not an error:
 * the notifications are delivered in the next frame (it happens with the virtualised inbox
 * list). Vitest reports it through console.error; it is the one message let through.
 */
const benign = (args: unknown[]) =>
  args.length === 1 && args[0] instanceof Error && args[0].message === 'ResizeObserver loop completed with undelivered notifications.';

console.error = (...args: unknown[]) => {
  if (!benign(args)) logged.push(args);
  original.apply(console, args);
};

const describe = (value: unknown): string => {
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
};

beforeEach(() => {
  logged = [];
});

afterEach(() => {
  if (logged.length === 0) return;
  const calls = logged.map((args) => `  console.error(${args.map(describe).join(', ')})`);
  logged = [];
  throw new Error(`The story called console.error ${calls.length} time(s):\n${calls.join('\n')}`);
});
