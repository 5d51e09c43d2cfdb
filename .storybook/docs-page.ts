// The docs page of every component (autodocs): what it is, the first story, the API table from
// custom-elements.json (properties with their controls and attributes, events with their detail
// types, slots, CSS parts, CSS custom properties), how to use it in plain HTML, React and Vue, and
// every story. Written with createElement so .storybook needs no JSX set-up.
import { createElement as h } from 'react';
import { Controls, Description, Primary, Source, Stories, Subtitle, Title, useOf } from '@storybook/addon-docs/blocks';
import { elementDoc, type ElementDoc } from './argtypes.js';

/** Example attribute for the snippets: the first attribute with a choice of values, with its default. */
function exampleAttribute(doc: ElementDoc): { attribute: string; property: string; value: string } | undefined {
  for (const m of doc.members ?? []) {
    const values = (m.type?.resolved ?? m.type?.text ?? '').match(/'([^']*)'/g);
    if (m.attribute && m.attribute !== 'locale' && values && values[0]) {
      const value = (m.default ?? values[0]).replace(/'/g, '');
      return { attribute: m.attribute, property: m.name, value };
    }
  }
  return undefined;
}

const present = (line: string | boolean): line is string => typeof line === 'string';

/** Usage snippets for a component: plain HTML (import map or one script), React (the package's react.js) and Vue. */
export function usageSnippets(doc: ElementDoc): { html: string; react?: string; vue: string } {
  const pkg = `@hn-elements/${doc.path.split('/')[1]}`;
  const tag = doc.tagName;
  const name = doc.reactName;
  const hasBundle = doc.members?.some((m) => m.name === 'bundle');
  const attr = exampleAttribute(doc);
  const event = doc.events?.find((e) => e.name.startsWith('hn-') && e.name !== 'hn-auth-required') ?? doc.events?.[0];
  const reactEvent = event ? doc.reactEvents?.[event.name] : undefined;
  const data = hasBundle ? '\n  // Either the session\'s sources (the element fetches), or a FHIR R4 Bundle the page fetched:\n  // element.bundle = bundle;' : '';
  const html = [
    `<script type="module">`,
    `  import '${pkg}/define.js';`,
    `</script>`,
    ``,
    `<${tag}${attr ? ` ${attr.attribute}="${attr.value}"` : ''} locale="nb"></${tag}>`,
    ``,
    `<script type="module">`,
    `  const element = document.querySelector('${tag}');`,
    `  element.session = session; // who is logged in, on whose behalf, which FHIR sources${data}`,
    event ? `  element.addEventListener('${event.name}', (event) => console.log(event.detail));` : false,
    `</script>`,
  ].filter(present).join('\n');
  const react = name && [
    `import { ${name} } from '${pkg}/react.js';`,
    ``,
    `export function Page({ session }) {`,
    `  return (`,
    `    <${name}`,
    attr ? `      ${attr.property}="${attr.value}"` : false,
    `      locale="nb"`,
    `      session={session}`,
    event && reactEvent ? `      ${reactEvent}={(event) => console.log(event.detail)}` : false,
    `    />`,
    `  );`,
    `}`,
  ].filter(present).join('\n');
  const vue = [
    `<script setup>`,
    `import '${pkg}/define.js';`,
    `defineProps(['session']);`,
    `</script>`,
    ``,
    `<template>`,
    `  <${tag}`,
    attr ? `    ${attr.attribute}="${attr.value}"` : false,
    `    locale="nb"`,
    `    :session.prop="session"`,
    event ? `    @${event.name}="(event) => console.log(event.detail)"` : false,
    `  />`,
    `</template>`,
    ``,
    `<!-- vite.config: vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('hn-') } } }) -->`,
  ].filter(present).join('\n');
  return { html, react, vue };
}

function Usage() {
  const resolved = useOf('meta');
  const component: unknown = resolved.type === 'meta' ? resolved.preparedMeta.component : undefined;
  const tag = typeof component === 'string' ? component : undefined;
  const doc = tag ? elementDoc(tag) : undefined;
  if (!doc) return null;
  const { html, react, vue } = usageSnippets(doc);
  return h(
    'section',
    null,
    h('h2', null, 'Use it'),
    h('p', null, 'Plain HTML with an import map (or the package\'s one-file dist/standalone.js in a script tag):'),
    h(Source, { language: 'html', code: html }),
    react ? h('p', null, 'React: the package\'s wrapper gives typed props and an on… prop per event.') : null,
    react ? h(Source, { language: 'tsx', code: react }) : null,
    h('p', null, 'Vue: tell the compiler that hn-* tags are custom elements; rich data goes in as a property (.prop).'),
    h(Source, { language: 'html', code: vue }),
  );
}

/** parameters.docs.page in .storybook/preview.ts. */
export function DocsPage() {
  return h(
    'div',
    null,
    h(Title),
    h(Subtitle),
    h(Description),
    h(Primary),
    h('h2', null, 'Properties, events, slots, parts and custom properties'),
    h('p', null, 'From the package\'s custom-elements.json. The controls change the story above.'),
    h(Controls),
    h(Usage),
    h(Stories),
  );
}
