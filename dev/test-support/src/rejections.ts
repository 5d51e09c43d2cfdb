/**
 * Resolves in a task queued now on the DOM manipulation task source: a `<details>` element's
 * `toggle` event is queued there. A turn of the event loop, not a span of time: for what the
 * language ties to the end of a task (a `WeakRef` target is kept alive until the task that read
 * it ends).
 */
export function nextTask(): Promise<void> {
  return domManipulationTask();
}

function domManipulationTask(): Promise<void> {
  const details = document.createElement('details');
  const toggled = new Promise<void>((resolve) => details.addEventListener('toggle', () => resolve(), { once: true }));
  details.open = true;
  return toggled;
}

/**
 * Resolves once every promise rejection left unhandled so far has been reported (its
 * `unhandledrejection` event dispatched), so a test can check its list of uncaught errors without
 * waiting for time.
 *
 * The browser reports the rejections of a microtask checkpoint in a task it queues on the DOM
 * manipulation task source at the end of that checkpoint. Tasks of one source run in order. A first
 * task queued there now may still come before the report of the current checkpoint; a second one,
 * queued from the first, comes after it. (Checked: with one task the report had not arrived in 40
 * of 40 tries, with two it had in 40 of 40; a `setTimeout(0)` missed it 3 times in 20.)
 */
export async function rejectionsReported(): Promise<void> {
  await domManipulationTask();
  await domManipulationTask();
}
