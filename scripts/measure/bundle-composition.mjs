// What the drop-in bundle is made of, in brotli bytes: `node scripts/measure/bundle-composition.mjs` after
// `npm run build`. Every byte of dist/gov-portal-elements.bundle.js is attributed, through its
// source map, to the module it came from; the runs are compressed in file order and each module is
// charged what its runs add to the compressed size (so shared vocabulary is charged once, to whoever
// uses it first). The total is the brotli size of the file, as size-limit reports it.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { decodeMappings } from '../build/minify-lit-templates.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const file = process.argv[2] ?? join(root, 'dist/gov-portal-elements.bundle.js');
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
const br = (s) => brotliCompressSync(Buffer.from(s), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// Source of every character: the last mapping at or before it on its line.
const owner = new Array(code.length).fill(-1);
const lines = code.split('\n');
let offset = 0;
decodeMappings(map.mappings).forEach((segs, line) => {
  const length = lines[line]?.length ?? 0;
  segs.forEach((seg, i) => {
    const end = i + 1 < segs.length ? segs[i + 1][0] : length;
    if (seg.length >= 4) owner.fill(seg[1], offset + seg[0], offset + end);
  });
  offset += length + 1;
});

const name = (i) => {
  if (i < 0) return '(glue)';
  const s = map.sources[i].replace(/^(\.\.\/)+/, '');
  return s.replace(/^.*node_modules\//, 'node_modules/');
};
const group = (n) => {
  if (n.startsWith('node_modules/')) return /lit|@lit/.test(n) ? 'Lit' : n.split('/')[1];
  const m = /^(?:(?:src|dist)\/)?([^/]+)\/[^/]+$/.exec(n);
  return m ? (m[1] === 'core' ? 'core' : `<gov-${m[1]}>`) : '(glue)';
};

const bytes = new Map();
let acc = '';
let prev = 0;
for (let i = 0; i < code.length;) {
  let j = i;
  while (j < code.length && owner[j] === owner[i]) j++;
  acc += code.slice(i, j);
  const now = br(acc);
  const key = name(owner[i]);
  const entry = bytes.get(key) ?? { br: 0, raw: 0 };
  entry.br += now - prev;
  entry.raw += j - i;
  bytes.set(key, entry);
  prev = now;
  i = j;
}

const total = br(code);
const groups = new Map();
for (const [n, e] of bytes) {
  const g = group(n);
  const entry = groups.get(g) ?? { br: 0, raw: 0, files: [] };
  entry.br += e.br;
  entry.raw += e.raw;
  entry.files.push([n, e]);
  groups.set(g, entry);
}
const pct = (x) => `${((x / prev) * 100).toFixed(1)}%`;
console.log(`${file.replace(root + '/', '')}: ${code.length} bytes, ${total} brotli (quality 11)\n`);
for (const [g, e] of [...groups].sort((a, b) => b[1].br - a[1].br)) {
  console.log(`${String(e.br).padStart(6)} br ${pct(e.br).padStart(6)}  ${g}`);
  for (const [n, f] of e.files.sort((a, b) => b[1].br - a[1].br)) {
    console.log(`        ${String(f.br).padStart(6)} br ${String(f.raw).padStart(7)} min  ${n}`);
  }
}
