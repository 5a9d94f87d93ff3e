// @ts-check
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startCounterServer } from './server.js';
import { DEFAULT_TIME_ZONE } from './sites.js';
import { openStore } from './stores.js';

const usage = `Usage: gov-portal-elements-counter [options]

Counts the visits of <gov-visit-counter count-visit src="http://HOST:PORT/counter/SITE">.

  --site NAME=ORIGIN[,ORIGIN…]  a site and the page origins allowed to use its counter (repeatable)
  --sites FILE.json             sites from a file: { "NAME": { "origins": […], "timeZone": "…", "startTotal": N } }
  --start NAME=TOTAL            visits the site's old counter showed (e.g. gia-loc=1.116.844), added to its total
  --time-zone ZONE              "today" and "this month" for --site sites (default ${DEFAULT_TIME_ZONE})
  --db FILE                     the SQLite file, created on first start (default ./counts.sqlite)
  --redis URL                   keep the counts in Redis instead (redis://127.0.0.1:6379), for several instances
  --port N                      (default 8787)   --host ADDRESS (default 127.0.0.1)
  --trust-proxy HEADER          take the client address from this header's last entry (e.g. x-forwarded-for);
                                only behind a proxy that sets it
  --visit-burst N --visits-per-minute N      counted visits per address (default 20, then 2 a minute)
  --request-burst N --requests-per-minute N  requests per address (default 120, then 120 a minute)
  --help`;

/**
 * A whole number as given on a command line, grouped or not ("1.116.844", "1116844").
 * @param {string} text
 * @param {string} what
 */
function wholeNumber(text, what) {
  const digits = /^\d{1,3}([.,  ]\d{3})*$/.test(text) ? text.replace(/\D/g, '') : text;
  const n = Number(digits);
  if (!/^\d+$/.test(digits) || !Number.isSafeInteger(n)) throw new Error(`${what}: "${text}" is not a whole number`);
  return n;
}

/**
 * Parses the command line into server options.
 * @param {string[]} argv
 * @returns {{ help: true } | { help: false, db?: string, redis?: string, server: Omit<import('./server.js').CounterServerOptions, 'store'> }}
 */
export function parseCommandLine(argv) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      site: { type: 'string', multiple: true },
      sites: { type: 'string' },
      start: { type: 'string', multiple: true },
      'time-zone': { type: 'string' },
      db: { type: 'string' },
      redis: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'trust-proxy': { type: 'string' },
      'visit-burst': { type: 'string' },
      'visits-per-minute': { type: 'string' },
      'request-burst': { type: 'string' },
      'requests-per-minute': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return { help: true };
  /** @type {Record<string, import('./sites.js').SiteOptions>} */
  const sites = values.sites ? JSON.parse(readFileSync(values.sites, 'utf8')) : {};
  for (const spec of values.site ?? []) {
    const [name, origins] = spec.split(/=(.*)/s);
    if (!name || !origins) throw new Error(`--site ${spec}: expected NAME=ORIGIN, e.g. gia-loc=https://gialoc.haiduong.gov.vn`);
    sites[name] = { origins: origins.split(','), timeZone: values['time-zone'] };
  }
  for (const spec of values.start ?? []) {
    const [name, total] = spec.split('=');
    if (!sites[name ?? '']) throw new Error(`--start ${spec}: no site "${name}" (add it with --site first)`);
    sites[name].startTotal = wholeNumber(total ?? '', `--start ${name}`);
  }
  const num = (/** @type {string | undefined} */ v, /** @type {string} */ what, /** @type {number} */ fallback) =>
    v === undefined ? fallback : wholeNumber(v, what);
  return {
    help: false,
    db: values.db,
    redis: values.redis,
    server: {
      sites,
      port: num(values.port, '--port', 8787),
      host: values.host ?? '127.0.0.1',
      trustProxy: values['trust-proxy'],
      visitLimit: {
        burst: num(values['visit-burst'], '--visit-burst', 20),
        perMinute: num(values['visits-per-minute'], '--visits-per-minute', 2),
      },
      requestLimit: {
        burst: num(values['request-burst'], '--request-burst', 120),
        perMinute: num(values['requests-per-minute'], '--requests-per-minute', 120),
      },
    },
  };
}

/**
 * Runs the service until SIGINT or SIGTERM.
 * @param {string[]} argv
 */
export async function main(argv) {
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (e) {
    console.error(`${/** @type {Error} */ (e).message}\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  if (parsed.help) {
    console.log(usage);
    return;
  }
  const store = openStore({ db: parsed.db, redis: parsed.redis });
  let running;
  try {
    running = await startCounterServer({ ...parsed.server, store });
  } catch (e) {
    await store.close();
    console.error(`gov-portal-elements-counter: ${/** @type {Error} */ (e).message}`);
    process.exitCode = 1;
    return;
  }
  const where = parsed.redis ? `Redis at ${parsed.redis}` : (parsed.db ?? './counts.sqlite');
  console.log(`Counts kept in ${where}. Stop with Ctrl+C.`);
  for (const name of Object.keys(parsed.server.sites)) {
    console.log(`Counting visits: ${running.url}/counter/${name.toLowerCase()}`);
  }
  const stop = async () => {
    await running.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
