/// <reference types="vite/client" />
import type { ArgTypes, InputType } from 'storybook/internal/types';

/*
 * Controls and API tables generated from custom-elements.json (written by `npm run analyze`).
 *
 * Storybook's built-in extractor keys every row by its bare name, so an element's `heading`
 * attribute, its `heading` slot and its `heading` CSS part overwrite one another and the control
 * disappears. This one reads the same manifest but keys rows by kind (`heading`, `slot:heading`,
 * `part:heading`), shows each under its own name, and picks controls from the declared types.
 */

interface CemType {
  text: string;
}
interface CemItem {
  name: string;
  kind?: string;
  type?: CemType;
  default?: string;
  description?: string;
  attribute?: string;
  fieldName?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}
export interface CemDeclaration {
  tagName?: string;
  description?: string;
  summary?: string;
  attributes?: CemItem[];
  members?: CemItem[];
  events?: CemItem[];
  slots?: CemItem[];
  cssProperties?: CemItem[];
  cssParts?: CemItem[];
}
export interface CemManifest {
  schemaVersion?: string;
  modules: { path: string; declarations?: CemDeclaration[] }[];
}

const found = import.meta.glob<CemManifest>('../custom-elements.json', { eager: true, import: 'default' });

/** The manifest, or an empty one (with a console hint) when `npm run analyze` has not run yet. */
export const manifest: CemManifest = Object.values(found)[0] ?? { schemaVersion: '1.0.0', modules: [] };
if (manifest.modules.length === 0) {
  console.warn('custom-elements.json is missing: run `npm run analyze` for the controls and API tables.');
}

/** The manifest's declaration of a custom element. */
export function declarationOf(tag: string): CemDeclaration | undefined {
  for (const mod of manifest.modules) {
    const decl = mod.declarations?.find((d) => d.tagName === tag);
    if (decl) return decl;
  }
  return undefined;
}

/** Attributes the element sets on itself: shown in the table, never a control. */
const outputAttributes = new Set(['state']);

/** `'a' | 'b'` → ['a', 'b']; a type alias (`NewsLayout`) → the `backticked` values its description lists. */
function optionsOf(item: CemItem): string[] | undefined {
  const text = (item.type?.text ?? '').replace(/\s*\|\s*undefined/g, '').trim();
  const literals = text.split('|').map((t) => t.trim());
  if (literals.length > 1 && literals.every((t) => /^'[^']*'$/.test(t))) return literals.map((t) => t.slice(1, -1));
  if (/^[A-Z]\w*$/.test(text) && item.description) {
    const words = [...item.description.matchAll(/`([a-z][\w-]*)`/g)].map((m) => m[1]);
    if (words.length > 1) return [...new Set(words)];
  }
  return undefined;
}

function controlOf(item: CemItem): InputType['control'] {
  const type = (item.type?.text ?? '').replace(/\s*\|\s*undefined/g, '').trim();
  const options = optionsOf(item);
  if (options) return { type: 'select' };
  if (/\bDate\b/.test(type)) return false;
  if (type === 'boolean') return { type: 'boolean' };
  // `number | string`: a count given as an attribute (the visit counter's figures).
  if (/^(number|number \| string|string \| number)$/.test(type)) return { type: 'number' };
  if (type === 'string' || type === '') return { type: 'text' };
  if (/\[\]$|^\{|^Array<|Record<|Input$|Counts/.test(type)) return { type: 'object' };
  return { type: 'text' };
}

function row(name: string, category: string, item: CemItem, control: InputType['control']): InputType {
  const options = control && typeof control === 'object' && control.type === 'select' ? optionsOf(item) : undefined;
  return {
    name,
    description: item.description,
    control,
    ...(options ? { options } : {}),
    table: {
      category,
      type: item.type ? { summary: item.type.text } : undefined,
      defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
    },
  };
}

/** `gov-load` → `onGovLoad`, the arg that receives the action. */
export function eventArg(event: string): string {
  return 'on' + event.replace(/(^|-)(\w)/g, (_, _sep: string, c: string) => c.toUpperCase());
}

/** Storybook argTypes for a tag: attributes, JS-only properties, events, slots, methods, CSS properties and parts. */
export function extractArgTypes(tag: string): ArgTypes | null {
  const decl = declarationOf(tag);
  if (!decl) return null;
  const types: ArgTypes = {};
  const attributeFields = new Set<string>();
  for (const attr of decl.attributes ?? []) {
    if (attr.fieldName) attributeFields.add(attr.fieldName);
    types[attr.name] = row(attr.name, 'attributes', attr, outputAttributes.has(attr.name) ? false : controlOf(attr));
  }
  // `lang` is HTML's own attribute (so not in the manifest), and every element reads it.
  types.lang = {
    name: 'lang',
    description: "The element's language, `vi` or `en`; unset, the closest ancestor's (the Ngôn ngữ toolbar sets that).",
    control: { type: 'select' },
    options: ['vi', 'en'],
    table: { category: 'attributes', type: { summary: "'vi' | 'en'" } },
  };
  for (const m of decl.members ?? []) {
    if (m.privacy === 'private' || m.privacy === 'protected' || m.static || m.name.startsWith('_')) continue;
    if (m.kind === 'method') {
      types[`method:${m.name}`] = row(`${m.name}()`, 'methods', m, false);
    } else if (m.kind === 'field' && !m.attribute && !attributeFields.has(m.name)) {
      // JS-only properties (`items`, `article`, `counts`) and read-only ones (`state`).
      types[m.name] = row(m.name, 'properties', m, m.readonly ? false : controlOf(m));
    }
  }
  for (const ev of decl.events ?? []) {
    if (!ev.name) continue;
    types[eventArg(ev.name)] = {
      name: ev.name,
      description: ev.description,
      action: ev.name,
      control: false,
      table: { category: 'events' },
    };
  }
  for (const slot of decl.slots ?? []) {
    const name = slot.name || '(default)';
    types[`slot:${name}`] = row(name, 'slots', slot, slot.name ? { type: 'text' } : false);
  }
  for (const prop of decl.cssProperties ?? []) {
    types[prop.name] = row(
      prop.name,
      'css custom properties',
      prop,
      /color/.test(prop.name) ? { type: 'color' } : { type: 'text' },
    );
  }
  for (const part of decl.cssParts ?? []) {
    types[`part:${part.name}`] = row(part.name, 'css shadow parts', part, false);
  }
  return types;
}

/** The element's description for the docs page: its summary, then its JSDoc text. */
export function extractComponentDescription(tag: string): string | null {
  const decl = declarationOf(tag);
  if (!decl) return null;
  return [decl.summary, decl.description].filter(Boolean).join('\n\n') || null;
}
