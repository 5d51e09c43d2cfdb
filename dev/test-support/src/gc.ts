import { nextTask } from './rejections.js';

/**
 * Runs full garbage collections (Chromium's `gc()`, from `--expose-gc`), each in a task of its own,
 * until `survivors()` is at most `allowed` or `rounds` collections have run; returns the last count.
 *
 * Not a wait for time: a `WeakRef` keeps its target alive until the task that read it ends, and an
 * element that held frames, observers or blobs can take more than one collection to be freed (the
 * DOM's heap and the script heap let go of each other in turns; a removed frame is torn down in a
 * task of its own, later on a busy machine: 5 rounds were not always enough there, 20 are). It
 * stops as soon as the count is reached, so a healthy run costs one or two rounds. A real leak
 * survives every round.
 */
export async function collectUntil(gc: () => void, survivors: () => number, allowed: number, rounds = 20): Promise<number> {
  let left = survivors();
  for (let round = 0; round < rounds && left > allowed; round += 1) {
    await nextTask();
    gc();
    left = survivors();
  }
  return left;
}
