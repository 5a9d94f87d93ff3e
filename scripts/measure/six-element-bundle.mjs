// Brotli size of a drop-in bundle of the first six elements (news list, article, notice board, visit
// counter, service links, video list), the figure issue 17's 22 kB ceiling is about:
// `node scripts/measure/six-element-bundle.mjs` after `npm run build`. Built from dist/ with the
// shipped bundle's own plugins (rollup.config.mjs); lazy chunks stay out of the figure, as they do for
// the shipped bundle.
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import { minifiedBundlePlugins } from '../../rollup.config.mjs';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const six = ['news-list', 'article', 'notice-board', 'visit-counter', 'service-links', 'video-list'];
const ENTRY = '\0six-elements';

const build = await rollup({
  input: ENTRY,
  preserveEntrySignatures: 'allow-extension',
  onwarn: (warning, warn) => (warning.code === 'THIS_IS_UNDEFINED' ? undefined : warn(warning)),
  plugins: [
    {
      name: 'six-elements-entry',
      resolveId: (id) => (id === ENTRY ? ENTRY : null),
      load: (id) =>
        id === ENTRY ? six.map((el) => `export * from ${JSON.stringify(join(dist, el, `${el}.js`))};`).join('\n') : null,
    },
    ...minifiedBundlePlugins(),
  ],
});
const { output } = await build.generate({ format: 'es' });
const entry = output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
const brotli = brotliCompressSync(Buffer.from(entry.code), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const lazy = output.filter((chunk) => chunk !== entry).map((chunk) => chunk.name);
console.log(
  `six-element bundle: ${(brotli / 1000).toFixed(2)} kB brotli (ceiling in issue 17: 22 kB); lazy chunks left out: ${lazy.join(', ')}`,
);
