// Checks the production and the development build after `npm run build` (scripts/build/two-builds.mjs):
// the set-up hints of src/core/dev.ts are in the development build and nowhere in the production one,
// every JavaScript export has a `development` condition pointing at a file that exists, and a bundler
// (esbuild, as Vite uses it) picks the right build by condition. Prints `builds: N passed, N failed`.
import { existsSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { tally } from '../lib/tally.mjs';

const { check, finish } = tally('builds');

const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
// One hint of each kind (src/core/i18n.ts, src/service-links/service-links.data.ts).
const HINTS = ['the labels attribute is not valid JSON', 'has no label for', 'unknown icon name'];

check('dist/core/dev.js: DEV = false', /export const DEV = false;/.test(read('dist/core/dev.js')));
check('dist/development/core/dev.js: DEV = true', /export const DEV = true;/.test(read('dist/development/core/dev.js')));
for (const [file, expected] of [
  ['dist/gov-portal-elements.bundle.js', false],
  ['dist/development/gov-portal-elements.bundle.js', true],
]) {
  const code = read(file);
  check(`${file} exists`, code !== '');
  for (const hint of HINTS) check(`${file}: ${expected ? 'has' : 'has no'} "${hint}"`, code.includes(hint) === expected);
}

const pkg = JSON.parse(read('package.json'));
for (const [key, value] of Object.entries(pkg.exports)) {
  if (typeof value !== 'object' || !value.default?.startsWith('./dist/')) continue;
  const wanted = value.default.replace('./dist/', './dist/development/');
  check(`exports "${key}": development → ${wanted}`, value.development === wanted, JSON.stringify(value));
  check(`exports "${key}": ${wanted} exists`, existsSync(wanted));
  const keys = Object.keys(value);
  check(`exports "${key}": development before default`, keys.indexOf('development') < keys.indexOf('default'));
}

// What an app's bundler makes of `import 'gov-portal-elements/service-links.js'` under each condition.
for (const [conditions, expected] of [
  [['development'], true],
  [['production'], false],
]) {
  const out = await build({
    stdin: { contents: "import 'gov-portal-elements/service-links.js';", resolveDir: '.', loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    conditions,
    external: ['dompurify'],
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].text;
  check(
    `a bundle made with the ${conditions[0]} condition ${expected ? 'keeps' : 'drops'} the icon hint`,
    code.includes('unknown icon name') === expected,
  );
  check(`a bundle made with the ${conditions[0]} condition defines <gov-service-links>`, code.includes('gov-service-links'));
}

finish();
