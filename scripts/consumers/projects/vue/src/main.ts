import '@hn-elements/appointment-list/define.js';
import '@hn-elements/inbox/define.js';
import '@hn-elements/tool-catalogue/define.js';
import '@hn-elements/journal-viewer/define.js';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
