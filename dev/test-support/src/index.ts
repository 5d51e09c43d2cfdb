export * from './fhir-control.js';
export * from './people.js';
export * from './dom.js';
export * from './control.js';
export * from './rejections.js';
export * from './timeouts.js';
export * from './gc.js';
export * from './remove-while-loading.js';
