/// <reference path="./virtual.d.ts" />
// The docs page and the controls of every component, from the merged custom-elements.json
// (.storybook/custom-elements.ts): one row per public property (its attribute named in the row),
// then events with their detail types, slots, CSS parts and CSS custom properties. Every writable
// property gets a control; `hostProps` gives the element what the controls set.
import type { ArgTypes } from '@storybook/web-components-vite';
import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import manifest from 'virtual:hn-custom-elements';

interface TypeText {
  text: string;
  resolved?: string;
}
interface Field {
  kind: string;
  name: string;
  type?: TypeText;
  attribute?: string;
  readonly?: boolean;
  default?: string;
  description?: string;
}
interface Named {
  name: string;
  description?: string;
  type?: TypeText;
}
export interface ElementDoc {
  tagName: string;
  name: string;
  description?: string;
  summary?: string;
  members?: Field[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  /** The package's React wrapper and its event props (.storybook/custom-elements.ts). */
  reactName?: string;
  reactEvents?: Record<string, string>;
  /** The manifest module's path, `packages/<package>/src/...`. */
  path: string;
}

export interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: (Omit<ElementDoc, 'path'> & { customElement?: boolean })[] }[];
}

export const customElements = manifest as Manifest;

/** The manifest's entry for a tag, or undefined when the manifest lacks it. */
export function elementDoc(tagName: string): ElementDoc | undefined {
  for (const mod of customElements.modules) {
    const found = mod.declarations?.find((d) => d.customElement && d.tagName === tagName);
    if (found) return { ...found, path: mod.path };
  }
  return undefined;
}

const literals = (text: string): string[] | undefined => {
  const parts = text.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined');
  return parts.length > 0 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
};

/** The control for a property's type: literal unions a choice, primitives their own, data an object editor. */
function control(field: Field): ArgTypes[string]['control'] {
  if (field.readonly) return false;
  const text = field.type?.resolved ?? field.type?.text ?? '';
  const options = literals(text);
  if (options) return options.length <= 3 ? { type: 'inline-radio' } : { type: 'select' };
  const bare = text.replace(/\s*\|\s*(undefined|null)/g, '').trim();
  if (bare === 'boolean') return { type: 'boolean' };
  if (bare === 'number') return { type: 'number' };
  if (bare === 'string') return { type: 'text' };
  if (bare === 'Date') return { type: 'date' };
  if (bare === 'Function' || bare.includes('=>')) return false;
  return { type: 'object' };
}

const row = (name: string, category: string, description: string | undefined, type: string | undefined, extra: Partial<ArgTypes[string]> = {}) => ({
  name,
  description: description ?? '',
  table: { category, ...(type ? { type: { summary: type } } : {}) },
  control: false as const,
  ...extra,
});

/** Storybook's `extractArgTypes` for a tag: what the docs page's tables and the Controls panel show. */
export function componentArgTypes(tagName: string): ArgTypes {
  const doc = elementDoc(tagName);
  if (!doc) return {};
  const argTypes: ArgTypes = {};
  for (const field of doc.members ?? []) {
    if (field.kind !== 'field') continue;
    const notes = [
      field.attribute ? `Attribute \`${field.attribute}\`.` : 'Property only (rich data).',
      field.readonly ? 'Read-only.' : '',
      field.description ?? '',
    ].filter(Boolean);
    const options = literals(field.type?.resolved ?? '') ?? literals(field.type?.text ?? '');
    argTypes[field.name] = {
      ...row(field.name, 'properties', notes.join(' '), field.type?.text),
      control: control(field),
      ...(options ? { options } : {}),
      table: {
        category: 'properties',
        type: { summary: field.type?.text ?? '', ...(field.type?.resolved ? { detail: field.type.resolved } : {}) },
        ...(field.default !== undefined ? { defaultValue: { summary: field.default } } : {}),
      },
    };
  }
  for (const event of doc.events ?? []) {
    const detail = event.type?.text;
    argTypes[`event:${event.name}`] = row(event.name, 'events', event.description, detail ? `CustomEvent<${detail}>` : 'CustomEvent');
  }
  for (const slot of doc.slots ?? []) argTypes[`slot:${slot.name}`] = row(slot.name || '(default)', 'slots', slot.description, undefined);
  for (const part of doc.cssParts ?? []) argTypes[`part:${part.name}`] = row(part.name, 'css shadow parts', part.description, undefined);
  for (const prop of doc.cssProperties ?? []) argTypes[`css:${prop.name}`] = row(prop.name, 'css custom properties', prop.description, undefined);
  return argTypes;
}

/** The writable properties of a tag that a control can set. */
function writable(tagName: string): Map<string, Field> {
  return new Map((elementDoc(tagName)?.members ?? []).filter((m) => m.kind === 'field' && !m.readonly).map((m) => [m.name, m]));
}

class HostProps extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('hostProps() goes on the element: <hn-x ${hostProps(args)}>');
  }
  render(_args: object) {
    return nothing;
  }
  override update(part: ElementPart, [args]: [object]) {
    const element = part.element as unknown as Record<string, unknown>;
    const fields = writable(part.element.localName);
    for (const [name, value] of Object.entries(args)) {
      const field = fields.get(name);
      if (!field || value === undefined) continue;
      // The date control gives a timestamp; the element wants a Date.
      const date = field.type?.text.startsWith('Date') && typeof value === 'number';
      element[name] = date ? new Date(value) : value;
    }
    return noChange;
  }
}

/**
 * Sets every story arg that names a writable public property of the element (from the manifest)
 * on it, after the template's own bindings, so the Controls panel drives every property:
 * `<hn-inbox .session=${...} ${hostProps(args)}>`. Undefined args are left alone.
 */
export const hostProps = directive(HostProps);

/**
 * What the Controls panel misses for a component: every reactive property the element class declares
 * (Lit's `elementProperties`, internal state left out) must have a row from the manifest, and a
 * control unless it takes a function. Empty when the manifest has no entry for the tag (the story
 * tests before the first build; `npm run build` writes it). Run after every story (preview.ts).
 */
export function missingControls(tagName: string, argTypes: ArgTypes): string[] {
  const ctor = window.customElements.get(tagName) as { elementProperties?: Map<PropertyKey, { state?: boolean }> } | undefined;
  if (!ctor?.elementProperties || !elementDoc(tagName)) return [];
  const missing: string[] = [];
  for (const [name, options] of ctor.elementProperties) {
    if (typeof name !== 'string' || options.state) continue;
    const row = argTypes[name];
    if (!row) missing.push(`${name} (not in custom-elements.json)`);
    else if (!row.control && row.table?.type?.detail !== 'Function') missing.push(`${name} (no control)`);
  }
  return missing;
}
