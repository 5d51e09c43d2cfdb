import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from './dom.js';

/** Whether focus has fallen to the page: nothing is focused, or the page's <body> is. */
export function focusIsOnBody(): boolean {
  const active = deepActiveElement();
  return active === null || active === document.body;
}

/** Focuses `control` (failing the test if it does not take focus) and presses `key` there, a real key press. */
export async function pressOn(control: HTMLElement, key = 'Enter'): Promise<void> {
  control.focus();
  expect(deepActiveElement() === control, 'the control took focus').to.equal(true);
  await sendKeys({ press: key });
}
