// Plugins for @custom-elements-manifest/analyzer (see custom-elements-manifest.config.mjs).
//
// The analyzer reads src/, but what ships and what tools import is dist/. These plugins make the
// manifest describe the package as installed: module paths into dist/, one
// `custom-element-definition` per element module (the library registers through its own guarded
// `define()` helper, which the analyzer does not recognise), every event typed with its `detail`,
// every attribute typed, and the tags shared by every element written once, on `GovElement`.
import path from 'node:path';
import ts from 'typescript';

/** `src/news-list/news-list.ts` → `dist/news-list/news-list.js`: where the module ships. */
export function distPath(srcPath) {
  return srcPath.replace(/^\.?\/?src\//, 'dist/').replace(/\.ts$/, '.js');
}

/** A module path or reference into src/: `src/a/b.ts`, `./src/a/b.ts`, or `/src/a/b.js` (a superclass's import). */
function inSrc(value) {
  return typeof value === 'string' && /^\.?\/?src\/.*\.(ts|js)$/.test(value);
}

/** A custom element name: lowercase, starts with a letter, has a hyphen. */
const TAG = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/**
 * One TypeScript program over the analyzed files, for what the analyzer's per-file syntax pass
 * cannot see: the type of the `detail` an element's events carry.
 */
function typeProgram(files) {
  const config = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config ?? {}, ts.sys, process.cwd());
  const program = ts.createProgram(
    files.map((f) => path.resolve(f)),
    { ...options, noEmit: true },
  );
  return { program, checker: program.getTypeChecker() };
}

/** A type as one line of TypeScript: `{ items: NewsItem[] }`. */
function typeText(checker, type, node) {
  const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;
  return checker.typeToString(type, node, flags).replace(/;\s*}/g, ' }').replace(/;\s+/g, '; ');
}

/**
 * A `gov-load` detail as one line: a field holding the data source's own type is written with the
 * name the code gives it (`{ counts: VisitCounts }`, not the alias's expansion).
 */
function detailText(checker, type, node, dataTypeNode) {
  const dataType = dataTypeNode && checker.getTypeFromTypeNode(dataTypeNode);
  const props = checker.getPropertiesOfType(type);
  if (!dataType || props.length === 0 || checker.getIndexInfosOfType(type).length > 0) return typeText(checker, type, node);
  const fields = props.map((p) => {
    const propType = checker.getTypeOfSymbol(p);
    const optional = p.flags & ts.SymbolFlags.Optional ? '?' : '';
    const text = propType === dataType ? dataTypeNode.getText() : typeText(checker, propType, node);
    return `${p.name}${optional}: ${text}`;
  });
  return `{ ${fields.join('; ')} }`;
}

/** The string a name expression stands for: a literal, or a constant of a literal type (`const CHANGE = 'gov-x'`). */
function literalText(checker, node) {
  if (ts.isStringLiteralLike(node)) return node.text;
  const type = checker.getTypeAtLocation(node);
  return type.isStringLiteral() ? type.value : undefined;
}

/** The `detail` property of a CustomEvent's options object. */
function detailOf(options) {
  const prop = options.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'detail');
  return prop && (ts.isPropertyAssignment(prop) ? prop.initializer : prop.name);
}

/** The declared name of a class's superclass (`GovElement` for `extends GovElement<…>`). */
function superclassName(cls) {
  const clause = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
  const expr = clause?.types[0]?.expression;
  return expr && ts.isIdentifier(expr) ? expr.text : undefined;
}

/**
 * What a class's code says about its events and its tag:
 * - `detail: (data) => ({ … })` in a `new DataSource(this, { … })` config: the `gov-load` detail;
 * - `emit<Detail>(this, 'gov-x', …)` or `emit(this, 'gov-x', detail)`: an event and its detail;
 * - `define('gov-x', Class)` at the module's top level: the element's tag.
 */
function readSource(checker, sourceFile) {
  const classes = new Map();
  const definitions = [];
  const visitClass = (cls, info) => {
    const visit = (node) => {
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'DataSource') {
        const config = node.arguments?.[1];
        const detail =
          config && ts.isObjectLiteralExpression(config)
            ? config.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'detail')
            : undefined;
        const fn = detail && (ts.isPropertyAssignment(detail) ? detail.initializer : detail);
        if (fn) {
          const signature = checker.getSignaturesOfType(checker.getTypeAtLocation(fn), ts.SignatureKind.Call)[0];
          const [data, named] = node.typeArguments ?? [];
          // `new DataSource<NewsItem[], GovNewsListLoadDetail>`: the detail type the code names wins.
          if (named) info.events.set('gov-load', named.getText());
          else if (signature) info.events.set('gov-load', detailText(checker, signature.getReturnType(), cls, data));
        }
      }
      // emit<Detail>(this, 'gov-x', detail), or new CustomEvent<Detail>('gov-x', { detail }) dispatched by hand.
      const emitCall = ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'emit';
      const customEvent = ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'CustomEvent';
      if (emitCall || customEvent) {
        const [name, detail] = emitCall ? node.arguments.slice(1) : (node.arguments ?? []);
        const eventName = name && literalText(checker, name);
        if (eventName) {
          const detailType = customEvent && detail && ts.isObjectLiteralExpression(detail) ? detailOf(detail) : detail;
          const type = node.typeArguments?.[0]
            ? node.typeArguments[0].getText(sourceFile)
            : detailType
              ? typeText(checker, checker.getTypeAtLocation(detailType), cls)
              : 'null';
          info.events.set(eventName, type);
        }
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(cls, visit);
  };
  for (const statement of sourceFile.statements) {
    if (ts.isClassDeclaration(statement) && statement.name) {
      const info = { superclass: superclassName(statement), events: new Map(), fields: new Map() };
      visitClass(statement, info);
      // Field types the checker infers (`columns = DEFAULT_COLUMNS`), for members the analyzer left untyped.
      for (const member of statement.members) {
        if ((ts.isPropertyDeclaration(member) || ts.isGetAccessor(member)) && member.name && ts.isIdentifier(member.name)) {
          info.fields.set(member.name.text, typeText(checker, checker.getTypeAtLocation(member.name), statement));
        }
      }
      // Inherited members as this class sees them: `loaded: Promise<E['gov-load']['detail']>` on the base
      // is `Promise<{ items: NewsItem[] }>` on the news list.
      const symbol = checker.getSymbolAtLocation(statement.name);
      info.instance = (name) => {
        const prop = symbol && checker.getPropertyOfType(checker.getDeclaredTypeOfSymbol(symbol), name);
        return prop ? typeText(checker, checker.getTypeOfSymbolAtLocation(prop, statement), statement) : undefined;
      };
      classes.set(statement.name.text, info);
    }
    const call = ts.isExpressionStatement(statement) ? statement.expression : undefined;
    if (call && ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === 'define') {
      const [tag, ctor] = call.arguments;
      if (tag && ts.isStringLiteralLike(tag) && ctor && ts.isIdentifier(ctor)) {
        definitions.push({ tag: tag.text, className: ctor.text });
      }
    }
  }
  // Module constants of a literal value, for defaults written with their name (`columns = DEFAULT_COLUMNS`).
  const constants = new Map();
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const d of statement.declarationList.declarations) {
      const init = d.initializer;
      if (ts.isIdentifier(d.name) && init && (ts.isStringLiteralLike(init) || ts.isNumericLiteral(init))) {
        constants.set(d.name.text, ts.isNumericLiteral(init) ? init.text : `'${init.text}'`);
      }
    }
  }
  return { classes, definitions, constants };
}

/** Every `type X = 'a' | 'b'` of the analyzed files, so an attribute typed `X` can say its values. */
function literalUnions(program, files) {
  const unions = new Map();
  for (const file of files) {
    const sourceFile = program.getSourceFile(path.resolve(file));
    for (const statement of sourceFile?.statements ?? []) {
      if (
        ts.isTypeAliasDeclaration(statement) &&
        !statement.typeParameters &&
        ts.isUnionTypeNode(statement.type) &&
        statement.type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))
      ) {
        unions.set(statement.name.text, statement.type.types.map((t) => `'${t.literal.text}'`).join(' | '));
      }
    }
  }
  return unions;
}

/** Calls `fn` on every object in a JSON-like tree. */
function walk(value, fn) {
  if (Array.isArray(value)) value.forEach((v) => walk(v, fn));
  else if (value && typeof value === 'object') {
    fn(value);
    Object.values(value).forEach((v) => walk(v, fn));
  }
}

/**
 * The Lit plugin lists every reactive property as an attribute, internal state too (`{ state: true }`
 * in `static properties`, such as `hasFallback`). Private and protected members are not public API:
 * their attributes are dropped from the manifest.
 */
export function dropInternalAttributes() {
  return {
    name: 'gov-drop-internal-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.attributes) continue;
          const hidden = new Set(
            (decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
          );
          decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName));
        }
      }
    },
  };
}

/**
 * Keeps a subclass's own event and attribute types. The analyzer's inheritance step copies the
 * base class's `type` over an item the subclass declares again (`@fires {…} gov-load` on an
 * element would lose to the generic one on `GovElement`); the subclass knows better.
 */
export function keepOwnTypes() {
  const own = new Map();
  const key = (mod, decl, kind, name) => `${mod.path}#${decl.name}#${kind}#${name}`;
  return {
    name: 'gov-keep-own-types',
    moduleLinkPhase({ moduleDoc }) {
      for (const decl of moduleDoc.declarations ?? []) {
        for (const kind of ['events', 'attributes']) {
          for (const item of decl[kind] ?? []) if (item.type) own.set(key(moduleDoc, decl, kind, item.name), item.type);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const kind of ['events', 'attributes']) {
            for (const item of decl[kind] ?? []) {
              const type = own.get(key(mod, decl, kind, item.name));
              if (type) item.type = type;
            }
          }
        }
      }
    },
  };
}

/**
 * Reads the code with the type checker: events fired through `emit()` and the data source's
 * `gov-load` detail get their `detail` type (`CustomEvent<{ items: NewsItem[] }>`) unless the
 * class JSDoc gives one; `define('gov-x', GovX)` becomes the module's `custom-element-definition`
 * (and the helper's own `customElements.define(tag, ctor)` no longer counts as one); attributes
 * typed with a string-literal alias (`layout: NewsLayout`) list its values.
 */
export function typesFromCode() {
  let files = [];
  return {
    name: 'gov-types-from-code',
    // The analyzer's own TypeScript may be another version than the project's: compare its kinds.
    collectPhase({ ts: analyzerTs, node }) {
      if (node.kind === analyzerTs.SyntaxKind.SourceFile && !files.includes(node.fileName)) files.push(node.fileName);
    },
    packageLinkPhase({ customElementsManifest }) {
      const { program, checker } = typeProgram(files);
      const unions = literalUnions(program, files);
      const read = new Map();
      for (const mod of customElementsManifest.modules) {
        const sourceFile = program.getSourceFile(path.resolve(mod.path));
        if (sourceFile) read.set(mod.path, readSource(checker, sourceFile));
      }
      const classInfo = (name) => {
        for (const { classes } of read.values()) if (classes.has(name)) return classes.get(name);
        return undefined;
      };
      for (const mod of customElementsManifest.modules) {
        const info = read.get(mod.path);
        // Only definitions of real tags: `customElements.define(tag, ctor)` inside define() is not one.
        mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition' || TAG.test(e.name));
        for (const { tag, className } of info?.definitions ?? []) {
          if (mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) continue;
          mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: mod.path } });
          const decl = mod.declarations?.find((d) => d.name === className);
          if (decl && !decl.tagName) Object.assign(decl, { tagName: tag, customElement: true });
        }
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          // Events found in the class and its superclasses, nearest first.
          const found = new Map();
          for (let c = classInfo(decl.name); c; c = c.superclass ? classInfo(c.superclass) : undefined) {
            for (const [name, detail] of c.events) if (!found.has(name)) found.set(name, detail);
          }
          for (const [name, detail] of found) {
            let event = decl.events?.find((e) => e.name === name);
            if (!event) {
              event = { name };
              decl.events = [...(decl.events ?? []), event];
            }
            const generic = !event.type || /^CustomEvent<(GovLoadDetail|Record<string, unknown>)>$/.test(event.type.text);
            if (generic) event.type = { text: `CustomEvent<${detail}>` };
          }
          const fields = classInfo(decl.name)?.fields;
          for (const item of [...(decl.attributes ?? []), ...(decl.members ?? [])]) {
            if (typeof item.default === 'string' && info?.constants.has(item.default))
              item.default = info.constants.get(item.default);
            const field = fields?.get(item.fieldName ?? (item.kind === 'field' ? item.name : undefined));
            if (!item.type && field) item.type = { text: field };
            // A type written with the base class's type parameters (a lone capital: T, K, E).
            if (item.inheritedFrom && item.kind === 'field' && /\b[A-Z]\b/.test(item.type?.text ?? '')) {
              const own = classInfo(decl.name)?.instance?.(item.name);
              if (own) item.type = { text: own };
            }
            const text = item.type?.text;
            const alias = text?.replace(/\s*\|\s*undefined$/, '');
            if (alias && unions.has(alias)) item.type = { text: text.replace(alias, unions.get(alias)) };
          }
        }
      }
    },
  };
}

/**
 * Module paths into dist/, where the package's JavaScript is: `path`, and every `module` a
 * declaration, export, superclass or inherited item points to. Runs last.
 */
export function pathsIntoDist() {
  return {
    name: 'gov-paths-into-dist',
    packageLinkPhase({ customElementsManifest }) {
      // A re-export (`export type { ArticleLabel } from './article.strings.js'`) names its module
      // relative to the re-exporting one: resolve it first.
      for (const mod of customElementsManifest.modules) {
        for (const exp of mod.exports ?? []) {
          const spec = exp.declaration?.module;
          if (typeof spec === 'string' && /^\.\.?\//.test(spec)) {
            exp.declaration.module = path.posix.normalize(path.posix.join(path.posix.dirname(mod.path), spec));
          }
        }
      }
      walk(customElementsManifest.modules, (obj) => {
        for (const field of ['path', 'module']) {
          if (inSrc(obj[field])) obj[field] = distPath(obj[field]);
        }
      });
    },
  };
}
