// hn-elements side: <hn-appointment-list> given the bundle.
import '@hn-elements/appointment-list/define.js';
import { appointmentBundle, nextFrame } from './appointment-data.js';

declare global {
  interface Window {
    renderList(count: number): Promise<number>;
  }
}

window.renderList = async (count) => {
  const bundle = appointmentBundle(count);
  const container = document.getElementById('root')!;
  container.replaceChildren();
  const started = performance.now();
  const list = document.createElement('hn-appointment-list');
  list.setAttribute('host-cancel', '');
  list.bundle = bundle;
  container.append(list);
  await list.updateComplete;
  await nextFrame();
  return performance.now() - started;
};
document.body.dataset.ready = 'true';
