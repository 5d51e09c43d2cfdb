// The merged custom-elements.json that .storybook/custom-elements.ts serves.
declare module 'virtual:hn-custom-elements' {
  const manifest: unknown;
  export default manifest;
}
