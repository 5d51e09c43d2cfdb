import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Just enough of a Lit element to drive a reactive controller without one: the controllers it
 * was given, a count of the updates they asked for, an `updateComplete` that is always settled,
 * and `disconnect()`, which tells every controller the host is gone. Needs no browser, so Node
 * tests use it too. Extend it for what a controller reads from its host (e.g. `currentLocale`).
 */
export class FakeControllerHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;

  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }

  removeController(controller: ReactiveController): void {
    const index = this.controllers.indexOf(controller);
    if (index >= 0) this.controllers.splice(index, 1);
  }

  requestUpdate(): void {
    this.updates += 1;
  }

  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }

  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}
