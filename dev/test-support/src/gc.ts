import { nextTask } from './rejections.js';

/**
 * Runs full garbage collections (Chromium's `gc()`, from `--expose-gc`), each in a task of its own,
 * until `survivors()` is at most `allowed` or `rounds` collections have run; returns the last count.
 *
 * Not a wait for time: a `WeakRef` keeps its target alive until the task that read it ends, and an
 * element that held frames, observers or blobs can take more than one collection to be freed (the
 * DOM's heap and the script heap let go of each other in turns; a removed frame is torn down in a
 * task of its own, later on a busy machine). Each round therefore lets a rendering update and the
 * renderer's idle work run first (what a removed node's layout and accessibility objects wait for:
 * under a CPU hog, 20 rounds of plain tasks still left 4 elements of the last cycles reachable).
 * It stops as soon as the count is reached, so a healthy run costs one or two rounds. A real leak
 * survives every round.
 */
export async function collectUntil(gc: () => void, survivors: () => number, allowed: number, rounds = 20): Promise<number> {
  let left = survivors();
  for (let round = 0; round < rounds && left > allowed; round += 1) {
    await renderingAndIdle();
    await nextTask();
    gc();
    left = survivors();
  }
  return left;
}

/** Resolves after the next rendering update and the idle period after it (or its 1 s cap, on a page that never idles). */
function renderingAndIdle(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 1000 })));
}
