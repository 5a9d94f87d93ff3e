// Build-time minification of Lit's `css` and `html` tagged template literals.
//
// Bundlers minify code but never the text inside template strings, so every Lit stylesheet and
// template ships with its indentation and line breaks. This module rewrites only the inside of
// templates tagged with `css`, `html` or `svg` imported from 'lit' (or lit-html / lit-element):
//   - css: minified by Lightning CSS (a real CSS parser and minifier), for the browsers in
//     CSS_TARGETS, so it never writes syntax they lack (media-query ranges, nesting). A css
//     template with `${…}` expressions is left as written (the library has none: its stylesheets
//     are static, themed through custom properties).
//   - html: every whitespace run that contains a line break becomes one space (the
//     "conservative collapse" of html-minifier: text that was separated stays separated), and
//     the template's leading and trailing indentation (whitespace with a line break) goes. Templates with <pre>, <textarea> or
//     `white-space` are left alone.
// Escapes (`\…`) are never split in html; css is minified from the template's cooked text and written
// back escaped. The source map of each file is updated, so mappings still
// lead back to the TypeScript sources.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'lightningcss';
import { parseAst } from 'rollup/parseAst';

/**
 * The oldest browsers the stylesheets are minified for (Lightning CSS version numbers, major << 16 |
 * minor << 8): those with `<dialog>` (the photo gallery's lightbox), `:is()`, `aspect-ratio` and `inset`,
 * which the stylesheets use as written.
 */
const v = (major, minor = 0) => (major << 16) | (minor << 8);
export const CSS_TARGETS = { chrome: v(100), edge: v(100), firefox: v(100), safari: v(15, 4), ios_saf: v(15, 4), samsung: v(18) };

const LIT_MODULES = new Set(['lit', 'lit-html', 'lit-element', 'lit-element/lit-element.js', 'lit-html/lit-html.js']);

/** Splits raw template text into tokens: escapes, whitespace, other. */
function* tokens(raw) {
  let i = 0;
  while (i < raw.length) {
    const c = raw[i];
    if (c === '\\') {
      yield { kind: 'text', value: raw.slice(i, i + 2) };
      i += 2;
    } else if (/\s/.test(c)) {
      let j = i;
      while (j < raw.length && /\s/.test(raw[j])) j++;
      yield { kind: 'space', value: raw.slice(i, j) };
      i = j;
    } else {
      let j = i;
      while (j < raw.length && !/[\s\\]/.test(raw[j])) j++;
      yield { kind: 'text', value: raw.slice(i, j) };
      i = j;
    }
  }
}

/** Minifies the text of a `css` template without expressions; returns it escaped for a template literal. */
export function minifyCss(cooked, filename = 'template.css') {
  const { code } = transform({ filename, code: Buffer.from(cooked), minify: true, targets: CSS_TARGETS });
  return code.toString().replace(/\\|`|\$\{/g, (m) => `\\${m}`);
}

/** Minifies one quasi of an `html` template (conservative whitespace collapse). */
export function minifyHtml(raw, first = true, last = true) {
  const list = [...tokens(raw)];
  return list
    .map((t, i) => {
      if (t.kind !== 'space' || !/[\n\r]/.test(t.value)) return t.value;
      // Indentation at the very start or end of the template is not content.
      if ((first && i === 0) || (last && i === list.length - 1)) return '';
      return ' ';
    })
    .join('');
}

/** Local names bound to Lit's `css`, `html` and `svg` tags in a module. */
function litTags(ast) {
  const tags = new Map();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !LIT_MODULES.has(node.source.value)) continue;
    for (const s of node.specifiers) {
      const name = s.imported?.name;
      if (name === 'css' || name === 'html' || name === 'svg') tags.set(s.local.name, name === 'css' ? 'css' : 'html');
    }
  }
  return tags;
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const v = node[key];
    if (Array.isArray(v)) for (const c of v) walk(c, visit);
    else if (v && typeof v === 'object' && typeof v.type === 'string') walk(v, visit);
  }
}

/**
 * Minifies the Lit templates of one ES module. Returns `{ code, edits }` where `edits` are the
 * replaced ranges `{ start, end, text }` of the original code, in order (for source maps).
 */
export function minifyLiterals(code) {
  const ast = parseAst(code);
  const tags = litTags(ast);
  const edits = [];
  if (tags.size === 0) return { code, edits };
  walk(ast, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
    const kind = tags.get(node.tag.name);
    if (!kind) return;
    const { quasis } = node.quasi;
    const whole = quasis.map((q) => q.value.raw).join('');
    if (kind === 'html' && /<pre|<textarea|white-space/i.test(whole)) return;
    if (kind === 'css' && quasis.length > 1) return;
    quasis.forEach((q, i) => {
      const raw = q.value.raw;
      const first = i === 0;
      const last = i === quasis.length - 1;
      const text = kind === 'css' ? minifyCss(q.value.cooked) : minifyHtml(raw, first, last);
      if (text === raw) return;
      // A quasi's raw text sits between its backtick / `}` and `${` / backtick.
      const start = q.start + (code[q.start] === '`' || code[q.start] === '}' ? 1 : 0);
      const end = start + raw.length;
      if (code.slice(start, end) !== raw) {
        console.warn(`minify-literals: template at offset ${start} left as is (unexpected position)`);
        return;
      }
      edits.push({ start, end, text });
    });
  });
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += code.slice(at, e.start) + e.text;
    at = e.end;
  }
  return { code: out + code.slice(at), edits };
}

// ---- source maps ------------------------------------------------------------------------------

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function decodeMappings(mappings) {
  const lines = [];
  const state = [0, 0, 0, 0, 0];
  for (const line of mappings.split(';')) {
    const segs = [];
    state[0] = 0;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const values = [];
      let shift = 0;
      let value = 0;
      for (const ch of seg) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      const abs = values.map((v, k) => (state[k] += v));
      segs.push(abs.slice(0, values.length));
    }
    lines.push(segs);
  }
  return lines;
}

function vlq(n) {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let s = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v) digit |= 32;
    s += B64[digit];
  } while (v);
  return s;
}

function encodeMappings(lines) {
  const prev = [0, 0, 0, 0, 0];
  return lines
    .map((segs) => {
      prev[0] = 0;
      return segs
        .map((seg) =>
          seg
            .map((v, k) => {
              const d = v - prev[k];
              prev[k] = v;
              return vlq(d);
            })
            .join(''),
        )
        .join(',');
    })
    .join(';');
}

function lineStarts(code) {
  const starts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') starts.push(i + 1);
  return starts;
}

/** Moves the generated positions of `map` through `edits`; segments inside an edit go to its start. */
export function shiftSourceMap(map, oldCode, newCode, edits) {
  const oldStarts = lineStarts(oldCode);
  const newStarts = lineStarts(newCode);
  const toNew = (offset) => {
    let delta = 0;
    for (const e of edits) {
      if (offset < e.start) break;
      if (offset < e.end) return e.start + delta;
      delta += e.text.length - (e.end - e.start);
    }
    return offset + delta;
  };
  const out = newStarts.map(() => []);
  decodeMappings(map.mappings).forEach((segs, line) => {
    for (const seg of segs) {
      const offset = toNew((oldStarts[line] ?? 0) + seg[0]);
      let l = 0;
      let hi = newStarts.length - 1;
      while (l < hi) {
        const mid = (l + hi + 1) >> 1;
        if (newStarts[mid] <= offset) l = mid;
        else hi = mid - 1;
      }
      const moved = [offset - newStarts[l], ...seg.slice(1)];
      const row = out[l];
      // Several segments collapsing onto one column: keep the first.
      if (!row.length || row[row.length - 1][0] !== moved[0]) row.push(moved);
    }
  });
  for (const row of out) row.sort((a, b) => a[0] - b[0]);
  return { ...map, mappings: encodeMappings(out) };
}

async function* jsFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

/**
 * Minifies the Lit templates of every `.js` file under `dir` in place (tsc's per-file output),
 * with its `.js.map` when there is one. Returns the bytes saved (before compression).
 */
export async function minifyLiteralsInDir(dir, { skip = () => false } = {}) {
  let saved = 0;
  for await (const path of jsFiles(dir)) {
    if (skip(path)) continue;
    const code = await readFile(path, 'utf8');
    const { code: next, edits } = minifyLiterals(code);
    if (!edits.length) continue;
    saved += code.length - next.length;
    await writeFile(path, next);
    try {
      const map = JSON.parse(await readFile(`${path}.map`, 'utf8'));
      await writeFile(`${path}.map`, JSON.stringify(shiftSourceMap(map, code, next, edits)));
    } catch (e) {
      if (e.code !== 'ENOENT') throw e;
    }
  }
  return saved;
}
