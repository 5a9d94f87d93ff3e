// Checks custom-elements.json (written by `npm run analyze`) for every element folder under src/:
// paths into dist/, one custom-element-definition per element module, every attribute and event
// typed, the tags shared through GovElement present on every element, every item described, and
// no element class JSDoc repeating a tag GovElement already gives. Prints `manifest: N passed, N failed`.
import { existsSync, readFileSync } from 'node:fs';
import { tally } from '../lib/tally.mjs';
import { elementFolders } from './element-folders.mjs';

const MANIFEST = process.env.MANIFEST ?? 'custom-elements.json';
const GENERIC_DETAIL = /^CustomEvent<(GovLoadDetail|Record<string, unknown>|unknown|any)>$/;
const TAG = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

const { check, finish } = tally('manifest');

if (!existsSync(MANIFEST)) {
  console.log(`${MANIFEST} is missing: run \`npm run analyze\` first.`);
  console.log('manifest: 0 passed, 1 failed');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const modules = manifest.modules ?? [];

// The whole manifest: what ships is dist/, and only real tags are defined.
check('schemaVersion is set', typeof manifest.schemaVersion === 'string');
const srcPaths = modules.filter((m) => !/^dist\/.+\.js$/.test(m.path)).map((m) => m.path);
check('every module path is a .js file in dist/', srcPaths.length === 0, srcPaths.join(', '));
const stray = [];
JSON.stringify(modules, (key, value) => {
  if (key === 'module' && typeof value === 'string' && !/^dist\/.+\.js$/.test(value)) stray.push(value);
  return value;
});
check('every module reference points into dist/', stray.length === 0, [...new Set(stray)].join(', '));
const missingSources = modules
  .map((m) => m.path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'))
  .filter((p) => !existsSync(p));
check('every module comes from a source file in src/', missingSources.length === 0, missingSources.join(', '));
const definitions = modules.flatMap((m) =>
  (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, path: m.path })),
);
const badTags = definitions.filter((d) => !TAG.test(d.name)).map((d) => `${d.name} in ${d.path}`);
check('no custom-element-definition of something that is not a tag', badTags.length === 0, badTags.join(', '));

// The base class: what every element inherits.
const baseModule = modules.find((m) => m.path === 'dist/core/gov-element.js');
const base = baseModule?.declarations?.find((d) => d.name === 'GovElement');
check('GovElement is in the manifest', Boolean(base));
const shared = {
  slots: (base?.slots ?? []).map((s) => s.name),
  cssParts: (base?.cssParts ?? []).map((s) => s.name),
  cssProperties: (base?.cssProperties ?? []).map((s) => s.name),
  events: (base?.events ?? []).map((s) => s.name),
  attributes: (base?.attributes ?? []).map((s) => s.name),
};
check(
  'GovElement gives the state attribute, gov-load and gov-error',
  ['state'].every((a) => shared.attributes.includes(a)),
);
check(
  'GovElement gives gov-load and gov-error',
  ['gov-load', 'gov-error'].every((e) => shared.events.includes(e)),
);
check(
  'GovElement gives the shared slots, parts and custom properties',
  shared.slots.length >= 2 && shared.cssParts.length >= 5 && shared.cssProperties.length >= 10,
);

// The tag lines of GovElement's class JSDoc: an element repeating one verbatim is writing the docs twice.
const baseSource = readFileSync('src/core/gov-element.ts', 'utf8');
const tagLines = (text) =>
  new Set([...text.matchAll(/^\s*\* (@(?:attr|slot|csspart|cssprop|fires)\b.*)$/gm)].map((m) => m[1].trim()));
const classJsDoc = (text, className) =>
  text.match(new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export (?:abstract )?class ${className}\\b`))?.[1] ?? '';
const baseLines = tagLines(classJsDoc(baseSource, 'GovElement'));

const folders = elementFolders();
check('src/ has element folders', folders.length > 0);
for (const { name, tag, className, file } of folders) {
  const path = `dist/${name}/${name}.js`;
  const mod = modules.find((m) => m.path === path);
  check(`${tag}: module ${path}`, Boolean(mod));
  if (!mod) continue;
  const defs = (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
  check(`${tag}: one custom-element-definition`, defs.length === 1, `${defs.length} found`);
  const def = defs[0];
  check(
    `${tag}: the definition names ${tag} → ${className} in ${path}`,
    def?.name === tag && def?.declaration?.name === className && def?.declaration?.module === path,
    JSON.stringify(def),
  );
  const decl = mod.declarations?.find((d) => d.name === className);
  check(`${tag}: ${className} is a custom element with its tag`, decl?.customElement === true && decl?.tagName === tag);
  if (!decl) continue;
  check(`${tag}: has a summary and a description`, Boolean(decl.summary && decl.description));
  // An element built on GovElement (a data element) inherits its shared API; others (a settings control) do not.
  const dataElement =
    decl.superclass?.name === 'GovElement' || (decl.members ?? []).some((m) => m.inheritedFrom?.name === 'GovElement');

  const untypedAttrs = (decl.attributes ?? []).filter((a) => !a.type?.text).map((a) => a.name);
  check(`${tag}: every attribute has a type`, untypedAttrs.length === 0, untypedAttrs.join(', '));
  const state = decl.attributes?.find((a) => a.name === 'state');
  if (dataElement) {
    check(
      `${tag}: the state attribute lists its four values`,
      /'loading'.*'ready'.*'empty'.*'error'/.test(state?.type?.text ?? ''),
    );
  }

  const badEvents = (decl.events ?? [])
    .filter((e) => !/^CustomEvent<.+>$/.test(e.type?.text ?? '') || GENERIC_DETAIL.test(e.type.text))
    .map((e) => `${e.name}: ${e.type?.text ?? 'no type'}`);
  check(`${tag}: every event has its own detail type`, badEvents.length === 0, badEvents.join('; '));

  for (const [kind, names] of dataElement ? Object.entries(shared) : []) {
    const have = new Set((decl[kind] ?? []).map((i) => i.name));
    const missing = names.filter((n) => !have.has(n));
    check(`${tag}: inherits GovElement's ${kind}`, missing.length === 0, missing.join(', '));
  }
  for (const kind of ['attributes', 'events', 'slots', 'cssParts', 'cssProperties']) {
    const bare = (decl[kind] ?? []).filter((i) => !i.description).map((i) => i.name || '(default)');
    check(`${tag}: every one of its ${kind} is described`, bare.length === 0, bare.join(', '));
  }
  const publicFields = (decl.members ?? []).filter(
    (m) => m.kind === 'field' && !m.privacy?.match(/private|protected/) && !m.static,
  );
  const bareFields = publicFields.filter((m) => !m.description && !m.deprecated && !m.name.startsWith('_')).map((m) => m.name);
  check(`${tag}: every public property is described`, bareFields.length === 0, bareFields.join(', '));

  const repeated = [...tagLines(classJsDoc(readFileSync(file, 'utf8'), className))].filter((l) => baseLines.has(l));
  check(
    `${tag}: its class JSDoc does not repeat GovElement's tags`,
    repeated.length === 0,
    `${repeated.length} lines: ${repeated[0] ?? ''}`,
  );
}

finish();
