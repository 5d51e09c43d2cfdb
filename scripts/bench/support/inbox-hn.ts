// hn-elements side of inbox-compare.mjs: <hn-inbox> in bundle mode given the Bundle (it maps,
// sorts and renders the list itself; above HnInbox.plainListMax items through its virtualiser).
import '@hn-elements/inbox/define.js';
import { inboxBundle } from './inbox-data.js';
import { READY } from './ready.js';
import { rendered } from './rendered.js';

window.renderList = async (count) => {
  const bundle = inboxBundle(count);
  const container = document.getElementById('root')!;
  container.replaceChildren();
  const started = performance.now();
  const inbox = document.createElement('hn-inbox');
  inbox.locale = 'nb';
  inbox.bundle = bundle;
  container.append(inbox);
  return (await rendered(inbox, READY.inbox)) - started;
};
document.body.dataset.ready = 'true';
