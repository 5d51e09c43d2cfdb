import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // The hn-* tags are custom elements, not Vue components: Vue renders them as they are and
      // sets bound values (`:session`) as DOM properties.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('hn-') } },
    }),
  ],
});
