// hn-elements side: <hn-appointment-list> given the same Bundle (it maps, sorts and renders the
// upcoming appointments itself).
import '@hn-elements/appointment-list/define.js';
import { appointmentBundle } from './appointment-data.js';
import { rendered } from './rendered.js';

window.renderList = async (count) => {
  const bundle = appointmentBundle(count);
  const container = document.getElementById('root')!;
  container.replaceChildren();
  const started = performance.now();
  const list = document.createElement('hn-appointment-list');
  list.setAttribute('host-cancel', '');
  list.bundle = bundle;
  container.append(list);
  return (await rendered(list)) - started;
};
document.body.dataset.ready = 'true';

declare global {
  interface Window {
    renderList(count: number): Promise<number>;
  }
}
