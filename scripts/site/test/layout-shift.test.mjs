// The layout-shift score: the largest session window.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { largestSessionWindow } from '../layout-shift.mjs';

const close = (a, b) => assert.ok(Math.abs(a - b) < 1e-9, `${a} is not ${b}`);

test('shifts less than 1 s apart add up; a longer gap starts a new window; the largest window counts', () => {
  close(largestSessionWindow([]), 0);
  close(largestSessionWindow([{ t: 0, v: 0.1 }, { t: 900, v: 0.1 }, { t: 1800, v: 0.1 }]), 0.3);
  close(largestSessionWindow([{ t: 0, v: 0.1 }, { t: 1100, v: 0.05 }, { t: 1500, v: 0.05 }]), 0.1);
  close(largestSessionWindow([{ t: 0, v: 0.02 }, { t: 3000, v: 0.04 }, { t: 3500, v: 0.04 }]), 0.08);
});

test('a window lasts at most 5 s, however close its shifts are', () => {
  const every800ms = Array.from({ length: 10 }, (_, i) => ({ t: i * 800, v: 0.01 }));
  // 0, 800, ..., 4800 is one window (7 shifts); 5600 starts the next (3 shifts).
  close(largestSessionWindow(every800ms), 0.07);
});
