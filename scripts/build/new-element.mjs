// Scaffolds a new element: `npm run new-element <name>` (for example `npm run new-element event-calendar`
// for <gov-event-calendar>). It writes the element's four files, a test file, a stories file and a
// guide, registers it in the index, package.json (exports, sideEffects), the size limits, the
// pre-upgrade stylesheet and the elements tables of the README and the webmasters guide, then lists
// what is left to do by hand. Nothing is overwritten; `npm run check:registry` says what is missing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(name)) {
  console.error('usage: npm run new-element <name>   (lowercase words with hyphens, e.g. event-calendar)');
  process.exit(2);
}
if (existsSync(`src/${name}`)) {
  console.error(`src/${name} exists already.`);
  process.exit(1);
}

const tag = `gov-${name}`;
const pascal = name.replace(/(^|-)([a-z0-9])/g, (_, _sep, c) => c.toUpperCase());
const camel = pascal[0].toLowerCase() + pascal.slice(1);
const className = `Gov${pascal}`;
const item = `${pascal}Item`;

/** Writes a new file (never over an existing one), formatted as the repository's Prettier config says. */
async function create(path, text) {
  if (existsSync(path)) return console.log(`kept     ${path} (it exists)`);
  mkdirSync(path.replace(/\/[^/]+$/, ''), { recursive: true });
  const options = await prettier.resolveConfig(path);
  writeFileSync(path, path.endsWith('.ts') ? await prettier.format(text, { ...options, filepath: path }) : text);
  console.log(`wrote    ${path}`);
}

/** Edits a file with `edit(text)`, unless `done(text)` says it holds the change already. */
function update(path, done, edit) {
  if (!existsSync(path)) return console.log(`missing  ${path}: register ${tag} there by hand`);
  const text = readFileSync(path, 'utf8');
  if (done(text)) return console.log(`kept     ${path} (${tag} is there)`);
  const next = edit(text);
  if (next === text) return console.log(`TODO     ${path}: could not place ${tag}, add it by hand`);
  writeFileSync(path, next);
  console.log(`updated  ${path}`);
}

await create(
  `src/${name}/${name}.data.ts`,
  `import { safeUrl } from '../core/safe-url.js';
import { text, validateList, type RawRecord } from '../core/validate.js';

/** An item as pages and feeds give it (JSON). Only \`title\` is required. */
export interface ${item}Input {
  title: string;
  url?: string;
}

/** An item after validation: text trimmed, the URL through the allowlist. */
export interface ${item} {
  title: string;
  url?: string;
}

/** Validates one item; returns the reason when it is unusable. */
function to${item}(raw: RawRecord, base: string): ${item} | string {
  const title = text(raw.title);
  if (!title) return 'it has no "title"';
  return { title, url: safeUrl(raw.url, base) };
}

/** Validates a list (an array or \`{ items }\`): unusable items are skipped with a warning. */
export function to${item}s(raw: unknown, base: string): ${item}[] {
  return validateList(raw, '${tag}', (r) => to${item}(r, base));
}
`,
);

await create(
  `src/${name}/${name}.strings.ts`,
  `import { defineStrings } from '../core/i18n.js';

/** The ${name.replace(/-/g, ' ')}'s own labels. */
export const ${camel}Strings = defineStrings({
  vi: { heading: 'TODO: tiêu đề' },
  en: { heading: 'TODO: heading' },
});
`,
);

await create(
  `src/${name}/${name}.styles.ts`,
  `import { css } from 'lit';

/** The ${name.replace(/-/g, ' ')}'s own geometry; the shared look is in core/base.styles.ts. */
export const ${camel}Styles = css\`
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .items > li {
    padding: 0.45rem 0;
  }
\`;
`,
);

await create(
  `src/${name}/${name}.ts`,
  `import { html, type TemplateResult } from 'lit';
import { baseStyles } from '../core/base.styles.js';
import { DataSource } from '../core/data-source.js';
import { define, GovElement } from '../core/gov-element.js';
import { linkOrText, skeleton, skeletonBox } from '../core/templates.js';
import { to${item}s, type ${item}, type ${item}Input } from './${name}.data.js';
import { ${camel}Strings } from './${name}.strings.js';
import { ${camel}Styles } from './${name}.styles.js';

export type { ${item}, ${item}Input };

/**
 * TODO: what the element shows, and where its data comes from (\`items\`, a JSON \`src\`, or an inline
 * \`<script type="application/json">\`). Shared tags (state, slots, box/heading/body/button/retry/
 * message/skeleton parts, the --gov-* tokens, gov-load, gov-error) come from GovElement: add only
 * this element's own.
 *
 * @summary TODO: one line.
 * @tag ${tag}
 *
 * @csspart list - The \`<ul>\` of items.
 * @csspart item - One \`<li>\`.
 * @csspart link - An item's title link.
 * @csspart text - An item's title when it has no link.
 */
export class ${className} extends GovElement<${item}[]> {
  static override styles = [baseStyles, ${camel}Styles];
  static override properties = {
    items: { attribute: false },
    limit: { type: Number },
  };

  /** Items set from code; they take priority over \`src\` and are validated like fetched data. */
  items?: ${item}Input[];

  /** The most items shown (0: all). */
  limit = 0;

  protected readonly strings = ${camel}Strings;

  protected readonly data = new DataSource<${item}[]>(this, {
    property: () => this.items,
    parse: (raw, base) => to${item}s(raw, base),
    isEmpty: (items) => items.length === 0,
    detail: (items) => ({ items }),
  });

  /** Rows of invisible text of a typical title's length, so the list does not shift when it loads. */
  protected override renderSkeleton(): TemplateResult {
    const rows = Array.from({ length: Math.min(this.limit || 5, 24) }, () => html\`<li>\${skeletonBox('TODO: a title of typical length')}</li>\`);
    return skeleton(this.i18n.t('loading'), html\`<ul class="items" aria-hidden="true">\${rows}</ul>\`);
  }

  protected renderReady(items: ${item}[]): TemplateResult {
    const shown = this.limit > 0 ? items.slice(0, this.limit) : items;
    return html\`<ul class="items" part="list">
      \${shown.map((item) => html\`<li part="item">\${linkOrText(item.url, item.title)}</li>\`)}
    </ul>\`;
  }
}

define('${tag}', ${className});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`,
);

await create(
  `tests/${name}.test.ts`,
  `import { expect, fixture, html } from '@open-wc/testing';
import { ${className} } from '../src/${name}/${name}.js';
import { all, textOf, waitForState } from './helpers.js';

describe('${tag}', () => {
  it('renders items set from code', async () => {
    const el = await fixture<${className}>(html\`<${tag} .items=\${[{ title: 'Thông báo lịch tiếp công dân', url: '/a' }]}></${tag}>\`);
    await waitForState(el, 'ready');
    expect(el).to.be.instanceOf(${className});
    expect(all(el, '[part~="item"]').map((li) => textOf(li))).to.deep.equal(['Thông báo lịch tiếp công dân']);
    await expect(el).to.be.accessible();
  });

  it('is empty with no source', async () => {
    const el = await fixture<${className}>(html\`<${tag}></${tag}>\`);
    await waitForState(el, 'empty');
    await expect(el).to.be.accessible();
  });
});
`,
);

await create(
  `stories/${name}.stories.ts`,
  `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/${name}/${name}.js';
import { renderOf, sidebar } from './support.js';

// \`<${tag}>\`: TODO, the model page's box it rebuilds.
const meta: Meta = {
  title: 'Elements/${pascal.replace(/([a-z])([A-Z])/g, '$1 $2')}',
  component: '${tag}',
  render: renderOf('${tag}'),
  args: { items: [{ title: 'Thông báo lịch tiếp công dân', url: '#' }] },
  decorators: [sidebar],
};

export default meta;
type Story = StoryObj;

/** Items set from code. */
export const FromCode: Story = {};
`,
);

await create(
  `docs/${name}.md`,
  `# \`<${tag}>\` — TODO ("…")

A guide for webmasters: what the element shows, its data, and how it behaves. Every attribute, property, event, part and custom property is listed in [its reference](elements/${name}.md); what every element shares (data sources, states, events, the common attributes) is in [the webmasters guide](webmasters.md).

\`\`\`html
<${tag} src="/data/TODO.json"></${tag}>
\`\`\`
`,
);

update(
  'src/index.ts',
  (t) => t.includes(`'./${name}/${name}.js'`),
  (t) => t.replace(/^(export \* from '\.\/[^']+';\n)(?!export \* from)/m, `$1export * from './${name}/${name}.js';\n`),
);

update(
  'package.json',
  (t) => t.includes(`"./${name}.js"`),
  (t) => {
    const pkg = JSON.parse(t);
    const exportsEntries = Object.entries(pkg.exports);
    const after = exportsEntries.findLastIndex(
      ([key]) => /^\.\/[a-z-]+\.js$/.test(key) && key !== './gov-portal-elements.bundle.js',
    );
    exportsEntries.splice(after + 1, 0, [
      `./${name}.js`,
      {
        types: `./dist/${name}/${name}.d.ts`,
        development: `./dist/development/${name}/${name}.js`,
        default: `./dist/${name}/${name}.js`,
      },
    ]);
    pkg.exports = Object.fromEntries(exportsEntries);
    const effects = pkg.sideEffects;
    effects.splice(effects.findLastIndex((e) => /^\.\/dist\/[a-z-]+\/[a-z-]+\.js$/.test(e)) + 1, 0, `./dist/${name}/${name}.js`);
    effects.splice(
      effects.findLastIndex((e) => /^\.\/dist\/development\/[a-z-]+\/[a-z-]+\.js$/.test(e)) + 1,
      0,
      `./dist/development/${name}/${name}.js`,
    );
    effects.splice(effects.findLastIndex((e) => /^\.\/src\/[a-z-]+\/[a-z-]+\.ts$/.test(e)) + 1, 0, `./src/${name}/${name}.ts`);
    return `${JSON.stringify(pkg, null, 2)}\n`;
  },
);

update(
  '.size-limit.cjs',
  (t) => new RegExp(`const elements = \\[[^\\]]*'${name}'`).test(t),
  (t) =>
    t
      .replace(/(const elements = \[[^\]]*?)(\s*\];)/, `$1, '${name}'$2`)
      .replace(/(const CEILING = \{[\s\S]*?)(\n\};)/, `$1\n  '${name}': '12 kB', // TODO: today's size, once measured$2`),
);

update(
  'src/gov-portal-elements.css',
  (t) => t.includes(`${tag}:not(:defined)`),
  (t) =>
    t
      .replace(/((?:gov-[a-z-]+:not\(:defined\),\n)*gov-[a-z-]+:not\(:defined\)) \{/, `$1,\n${tag}:not(:defined) {`)
      .replace(
        /((?:gov-[a-z-]+:not\(:defined\) > script,\n)*gov-[a-z-]+:not\(:defined\) > script) \{/,
        `$1,\n${tag}:not(:defined) > script {`,
      ) + `${tag}:not(:defined) {\n  min-height: 12rem; /* TODO: its usual height */\n}\n`,
);

for (const page of ['README.md', 'docs/webmasters.md']) {
  const prefix = page === 'README.md' ? 'docs/' : '';
  update(
    page,
    (t) => t.includes(`\`<${tag}>\``),
    (t) =>
      t.replace(
        /((?:^\| `<gov-[a-z-]+>` \|.*\n)+)/m,
        `$1| \`<${tag}>\` | TODO | [guide](${prefix}${name}.md) | [reference](${prefix}elements/${name}.md) |\n`,
      ),
  );
}

console.log(`
${tag} is scaffolded. By hand (CONTRIBUTING.md, "Registering a new element"):
- its data shape, view, skeleton, labels and JSDoc (the TODOs);
- the element catalogue of the shared suites (tests/security/elements.ts, tests/elements.ts);
- the demo (demo/index.html and demo/en.html, or a page of its own; demo/data/ and demo/data/en/);
- the consumer and CSP checks (their tag lists, tests/csp/index.html);
- the framework entry points (src/frameworks/elements.ts, src/frameworks/react.ts);
then \`npm run docs\` (its reference) and \`npm run check:registry\` (what is still missing).`);
