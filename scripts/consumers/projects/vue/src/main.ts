import '@hn-elements/appointment-list/define.js';
import '@hn-elements/inbox/define.js';
import '@hn-elements/tool-catalogue/define.js';
import '@hn-elements/journal-viewer/define.js';
import '@hn-elements/test-results/define.js';
import '@hn-elements/referrals/define.js';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
