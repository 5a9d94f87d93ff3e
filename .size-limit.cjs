// Size budgets (brotli), checked by `npm run size` after `npm run build`.
//
// - The drop-in bundle is measured as shipped (no re-bundling): one file with Lit and every element.
// - Each subpath import (dist/<el>/<el>.js) is re-bundled by size-limit's esbuild with Lit and the
//   core, the way a developer's bundler would include it, and measured the way our own bundle is
//   built: an ES module, licence comments left out (production builds strip or extract them) and
//   UTF-8 text (esbuild's default escapes every Vietnamese letter as \uXXXX). Dynamic imports stay
//   out of the figure: they are the lazy chunks (the RSS/Atom reader, DOMPurify) that load only
//   when needed.
// - The lazy chunks are listed too, each against its own limit, to catch regressions.
/* global require, module, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- size-limit reads this CommonJS file */
const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

/** esbuild plugin: leaves `import()` targets out of the bundle, as the lazy chunks they are. */
const lazyStaysLazy = {
  name: 'lazy-stays-lazy',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

const asShipped = (config) => ({
  ...config,
  format: 'esm',
  legalComments: 'none',
  charset: 'utf8',
  plugins: [...(config.plugins ?? []), lazyStaysLazy],
});

// Targets (issue 17): the drop-in bundle of the first six elements at most 22 kB, the news list,
// service links and visit counter subpaths at most 10.5 kB, the others at most 13 kB; each element added
// later brings at most 3 kB of its own. Today's build is over them: on 2026-12-06 the core took on the
// contract's new behaviour (date forms and zones, shared requests, bounds, equal-data checks, calm
// failures with kept data, labels and languages, region names, hydration), and three elements joined the
// bundle (BENCHMARKS.md has the figures and where the bytes went). Until the byte work (a production build
// without developer messages, mangled private members, a real CSS minifier) brings them down, CI enforces
// ceilings just above today's sizes: they stop any further regression. Lower them as sizes come down.
// That byte work is done (2026-12-06, night: production build, #private members, Lightning CSS; about
// 0.4 kB off the bundle) and the ceilings were lowered with it; BENCHMARKS.md has what is left to reach
// the targets and why it is not more trimming, and what each feature of the core costs: with all of them
// taken out the targets would still be missed, so these ceilings stand until the targets are decided again.
const TARGET = { bundle: '22 kB for six elements', small: '10.5 kB', subpath: '13 kB' };
const SMALL = new Set(['news-list', 'service-links', 'visit-counter']);
const CEILING = {
  bundle: '35.8 kB',
  hydrate: '37.2 kB',
  'news-list': '15.45 kB',
  article: '17.5 kB',
  'notice-board': '16.4 kB',
  'visit-counter': '13.85 kB',
  'service-links': '14.35 kB',
  'video-list': '17.45 kB',
  'photo-gallery': '16.6 kB',
  'document-list': '19.15 kB',
  // No data source: Lit, the shared sheet and labels, and its own 2 kB (8.91 kB measured with Lit).
  'display-settings': '8.9 kB',
};

const dist = join(__dirname, 'dist');
const elements = [
  'news-list',
  'article',
  'notice-board',
  'visit-counter',
  'service-links',
  'video-list',
  'photo-gallery',
  'document-list',
  'display-settings',
];
// purify 11 → 12.5 kB: the body's bounds (html-bounds.ts: size, depth, text runs; the table-area rule)
// measured 10.97 → 12.46 kB; they load only with an article body.
// 12.5 → 12.6 kB: the server-side sanitizer path (lit's isServer, a window passed in) added a few bytes.
// polling: the poller, which the notice board and the visit counter load once they have a `refresh`.
const lazyLimits = { feeds: '2.8 kB', polling: '0.5 kB', 'decode-legacy': '0.6 kB', purify: '12.6 kB', 'strip-inline': '0.6 kB' };
const chunks = existsSync(dist)
  ? // The hydration bundle's own copies of the lazy chunks are the same code: measured once.
    readdirSync(dist).filter((f) => /^gov-portal-elements\..+\.js$/.test(f) && !/\.(bundle|hydrate)\./.test(f))
  : [];

module.exports = [
  {
    name: `bundle: gov-portal-elements.bundle.js (every element, Lit, core; target ${TARGET.bundle})`,
    path: 'dist/gov-portal-elements.bundle.js',
    disablePlugins: ['@size-limit/esbuild'],
    limit: CEILING.bundle,
  },
  {
    // The same elements with Lit's hydration support first (server-rendered pages): the support is
    // counted separately, as what this file adds to the bundle above (1.39 kB on 2026-12-06).
    name: 'hydration bundle: gov-portal-elements.hydrate.js (the bundle + Lit hydration support)',
    path: 'dist/gov-portal-elements.hydrate.js',
    disablePlugins: ['@size-limit/esbuild'],
    limit: CEILING.hydrate,
  },
  ...elements
    // An element still being written is skipped until its module exists in dist/.
    .filter((el) => existsSync(join(dist, el, `${el}.js`)))
    .map((el) => ({
      name: `subpath: gov-portal-elements/${el}.js (with Lit and core; target ${SMALL.has(el) ? TARGET.small : TARGET.subpath})`,
      path: `dist/${el}/${el}.js`,
      modifyEsbuildConfig: asShipped,
      limit: CEILING[el],
    })),
  ...chunks.map((file) => {
    const key = Object.keys(lazyLimits).find((k) => file.includes(`.${k}`));
    return {
      name: `lazy chunk: ${file} (loaded only when needed)`,
      path: `dist/${file}`,
      disablePlugins: ['@size-limit/esbuild'],
      limit: lazyLimits[key] ?? '2 kB',
    };
  }),
];
