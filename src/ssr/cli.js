import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileFetch } from './file-fetch.js';
import { renderPage } from './index.js';

const USAGE = `Usage: gov-portal-elements-prerender <in.html> -o <out.html> [--base <url>]

Renders every gov- element of in.html on the server (declarative shadow DOM), each src fetched
now, and writes the page to out.html with the data embedded for the browser to take over.
Load gov-portal-elements/hydrate.js before the elements in the page (or use --hydrate).

  -o, --out <file>   where to write the page (required)
  --base <url>       the URL the page will be served at; src and the links in the data resolve
                     against it. A src under its folder is read from in.html's folder when the
                     file is there, anything else is fetched. Default: http://localhost/<in.html>
  --strict           exit with 1 when an element could not be rendered (default: a warning, and
                     the element is left for the browser to render)
  --hydrate          also change the page's script tag for gov-portal-elements.bundle.js into one
                     for gov-portal-elements.hydrate.js from the same folder (copy it there), at low
                     priority and not render-blocking: the page's content no longer waits for it
  -h, --help         this text`;

/**
 * Runs the command line; returns the exit code.
 * @param {string[]} argv
 * @returns {Promise<number>}
 */
export async function main(argv) {
  /** @type {ReturnType<typeof parse>} */
  let args;
  try {
    args = parse(argv);
  } catch (e) {
    console.error(`${/** @type {Error} */ (e).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const [input] = args.positionals;
  const out = args.values.out;
  if (!input || !out || args.positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const file = resolve(input);
  const baseUrl = args.values.base ?? `http://localhost/${encodeURIComponent(basename(file))}`;
  try {
    new URL(baseUrl);
  } catch {
    console.error(`--base must be an absolute URL, not ${JSON.stringify(baseUrl)}`);
    return 2;
  }
  let page;
  try {
    page = await readFile(file, 'utf8');
  } catch (e) {
    console.error(`Cannot read ${input}: ${/** @type {Error} */ (e).message}`);
    return 1;
  }
  let warnings = 0;
  const html = await renderPage(page, {
    baseUrl,
    fetch: fileFetch(dirname(file), baseUrl),
    onWarning: (message) => {
      warnings++;
      console.warn(`warning: ${message}`);
    },
  });
  const written = args.values.hydrate ? useHydrationBundle(html) : { html, changed: 0 };
  if (args.values.hydrate && !written.changed) {
    console.warn('warning: --hydrate: no <script src="…gov-portal-elements.bundle.js"> in the page to change');
  }
  await writeFile(out, written.html);
  const rendered = (html.match(/<template shadowroot(?:mode)?="open"/g) ?? []).length;
  const scripts = args.values.hydrate ? `; ${written.changed} script tag(s) now load gov-portal-elements.hydrate.js` : '';
  console.log(`${out}: ${rendered} element(s) rendered, ${warnings} left for the browser${scripts}`);
  return warnings && args.values.strict ? 1 : 0;
}

/**
 * Turns each `<script src="…/gov-portal-elements.bundle.js">` of a pre-rendered page into one for the
 * hydration bundle beside it, which must load instead: at low priority, never render-blocking (the
 * content is in the HTML), without an `integrity` hash (it was the other file's).
 * @param {string} html
 * @returns {{ html: string, changed: number }}
 */
export function useHydrationBundle(html) {
  let changed = 0;
  const out = html.replace(
    /<script\b([^>]*?)\bsrc=(["'])([^"']*?)gov-portal-elements\.bundle\.js\2([^>]*)>/gi,
    (_, before, quote, path, after) => {
      changed++;
      const rest = `${before} ${after}`
        .replace(/\s(blocking|integrity|fetchpriority)(=("[^"]*"|'[^']*'|[^\s>]*))?/gi, '')
        .replace(/\s+/g, ' ')
        .trim();
      return `<script ${rest ? `${rest} ` : ''}fetchpriority="low" src=${quote}${path}gov-portal-elements.hydrate.js${quote}>`;
    },
  );
  return { html: out, changed };
}

/** @param {string[]} argv */
function parse(argv) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      base: { type: 'string' },
      strict: { type: 'boolean' },
      hydrate: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
