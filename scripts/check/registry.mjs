// Checks that every element folder under src/ is registered everywhere an element must be (the
// checklist in CONTRIBUTING.md): its files, the index, package.json exports and sideEffects, the
// size limits, the pre-upgrade stylesheet, the element catalogue of the shared suites, its tests,
// stories, the demo, the consumer and CSP checks, the framework entry points where they exist, and
// its docs. Prints `registry: N passed, N failed`; exits 1 on any failure.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tally } from '../lib/tally.mjs';
import { elementFolders } from './element-folders.mjs';

const { check, finish } = tally('registry', { show: (hint) => ` (${hint})` });

const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

/** Files under `dir` (recursively; node_modules and build output left out) whose path matches `pattern`. */
function filesUnder(dir, pattern) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir)) {
    if (/^(node_modules|dist|demo-dist|storybook-static|coverage)$/.test(name) || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, pattern));
    else if (pattern.test(path)) out.push(path);
  }
  return out;
}

/** The one script under scripts/ whose file name matches (the folder may group scripts by role). */
const script = (pattern) => filesUnder('scripts', pattern)[0];

const pkg = JSON.parse(read('package.json'));
const index = read('src/index.ts');
const sizeLimit = read('.size-limit.cjs');
const preUpgradeCss = read('src/gov-portal-elements.css');
const catalogues = ['tests/security/elements.ts', 'tests/elements.ts'].filter(existsSync);
const consumerCheck = script(/consumer-install\.mjs$/);
const cspCheck = script(/strict-csp\.mjs$/);
const cspPage = read('tests/csp/index.html');
const folders = elementFolders();
// Lists of every element outside the element folders (the framework entry points: React wrappers,
// the tag table the JSX and Vue typings are mapped from): a file naming three tags or more is one,
// and must name them all.
const elementLists = filesUnder('src', /\.(ts|tsx|js|mjs)$/)
  .filter((f) => !folders.some(({ name }) => f.startsWith(join('src', name) + '/')) && !/\/core\//.test(f))
  .filter((f) => folders.filter(({ tag }) => read(f).includes(`'${tag}'`)).length >= 3);

check('src/ has element folders', folders.length > 0);
for (const { name, tag, className, file } of folders) {
  const source = read(file);
  for (const part of ['styles', 'strings', 'data']) {
    check(`${tag}: src/${name}/${name}.${part}.ts`, existsSync(`src/${name}/${name}.${part}.ts`), 'the element anatomy');
  }
  check(
    `${tag}: HTMLElementTagNameMap entry`,
    new RegExp(`HTMLElementTagNameMap[\\s\\S]*'${tag}':\\s*${className}\\b`).test(source),
    `'${tag}': ${className} in ${file}`,
  );
  check(`${tag}: src/index.ts`, index.includes(`'./${name}/${name}.js'`), `export * from './${name}/${name}.js';`);

  const exp = pkg.exports?.[`./${name}.js`];
  check(
    `${tag}: package.json exports "./${name}.js"`,
    exp?.default === `./dist/${name}/${name}.js` &&
      exp?.types === `./dist/${name}/${name}.d.ts` &&
      exp?.development === `./dist/development/${name}/${name}.js`,
    `types ./dist/${name}/${name}.d.ts, development ./dist/development/${name}/${name}.js, default ./dist/${name}/${name}.js`,
  );
  for (const entry of [`./dist/${name}/${name}.js`, `./dist/development/${name}/${name}.js`, `./src/${name}/${name}.ts`]) {
    check(`${tag}: package.json sideEffects ${entry}`, (pkg.sideEffects ?? []).includes(entry));
  }

  const sizeElements = sizeLimit.match(/const elements = \[([^\]]*)\]/)?.[1] ?? '';
  check(`${tag}: .size-limit.cjs elements`, sizeElements.includes(`'${name}'`), `'${name}' in the elements list`);
  check(
    `${tag}: .size-limit.cjs ceiling`,
    new RegExp(`(^|[\\s{,])('${name}'|${name.includes('-') ? '(?!)' : name}):\\s*'[\\d.]+ kB'`, 'm').test(sizeLimit),
    `a CEILING entry for '${name}'`,
  );
  check(`${tag}: src/gov-portal-elements.css`, preUpgradeCss.includes(`${tag}:not(:defined)`), `a ${tag}:not(:defined) rule`);
  // The shared suites (the contract, the security suites) are about data: a control that loads none
  // (it does not extend GovElement) is tested on its own.
  for (const catalogue of /extends GovElement\b/.test(source) ? catalogues : []) {
    check(`${tag}: the element catalogue ${catalogue}`, read(catalogue).includes(`'${tag}'`));
  }
  check(`${tag}: tests/${name}.test.ts`, existsSync(`tests/${name}.test.ts`));
  check(`${tag}: stories/${name}.stories.ts`, existsSync(`stories/${name}.stories.ts`));
  // The portal page, or a page of its own (a full-page register such as demo/van-ban.html).
  const demoPages = filesUnder('demo', /\.html$/).filter((page) => read(page).includes(`<${tag}`));
  check(`${tag}: a demo page`, demoPages.length > 0, 'the tag in demo/index.html or a demo page of its own');
  check(`${tag}: the consumer check`, Boolean(consumerCheck) && read(consumerCheck).includes(`'${tag}'`), consumerCheck);
  check(`${tag}: the CSP check's page tests/csp/index.html`, cspPage.includes(`<${tag}`));
  check(`${tag}: the CSP check's list`, Boolean(cspCheck) && read(cspCheck).includes(`'${tag}'`), cspCheck);
  for (const list of elementLists) check(`${tag}: the element list ${list}`, read(list).includes(`'${tag}'`));
  check(`${tag}: its guide docs/${name}.md`, existsSync(`docs/${name}.md`));
  check(`${tag}: its reference docs/elements/${name}.md`, existsSync(`docs/elements/${name}.md`), 'npm run docs');
  for (const page of ['README.md', 'docs/webmasters.md']) {
    check(`${tag}: the elements table of ${page}`, read(page).includes(`\`<${tag}>\``));
  }
}

finish();
