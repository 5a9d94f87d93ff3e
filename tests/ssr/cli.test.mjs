// The prerender command and the middleware: a CMS export pre-rendered on disk, pages served rendered.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { prerenderMiddleware } from '../../src/ssr/index.js';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../../bin/gov-portal-elements-prerender.mjs', import.meta.url));
const demoData = new URL('../../demo/data/', import.meta.url);

/** A CMS export: a page and its data files. */
const PAGE = `<!doctype html>
<html lang="vi">
  <head><meta charset="utf-8"><title>Tin tức – Sự kiện</title></head>
  <body>
    <gov-news-list src="data/tin-tuc.json" limit="3"></gov-news-list>
    <gov-notice-board src="data/thong-bao.json" refresh="60"></gov-notice-board>
    <gov-visit-counter src="data/khong-co.json"><p>Lượt truy cập: đang cập nhật</p></gov-visit-counter>
  </body>
</html>
`;

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'prerender-'));
  await mkdir(join(dir, 'data'));
  for (const name of ['tin-tuc.json', 'thong-bao.json']) await copyFile(new URL(name, demoData), join(dir, 'data', name));
  await writeFile(join(dir, 'index.html'), PAGE);
});
after(() => rm(dir, { recursive: true, force: true }));

/** Runs the command; resolves with its exit code and output. */
async function prerender(...args) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: process.env });
    return { code: 0, stdout, stderr };
  } catch (e) {
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('gov-portal-elements-prerender', () => {
  test('renders the elements whose data it finds, leaves the others with a warning', async () => {
    const out = join(dir, 'out.html');
    const { code, stdout, stderr } = await prerender(
      join(dir, 'index.html'),
      '-o',
      out,
      '--base',
      'https://gialoc.haiduong.gov.vn/index.html',
    );
    assert.equal(code, 0, stderr);
    assert.match(stdout, /2 element\(s\) rendered, 1 left for the browser/);
    assert.match(stderr, /gov-visit-counter.*HTTP 404/);
    const html = await readFile(out, 'utf8');
    assert.match(html, /<gov-news-list src="data\/tin-tuc.json" limit="3" state="ready"[^>]*><template shadowroot/);
    assert.match(html, /href="https:\/\/gialoc\.haiduong\.gov\.vn\/tin-tuc\//);
    assert.match(html, /data-gov-base="https:\/\/gialoc\.haiduong\.gov\.vn\/data\/tin-tuc\.json"/);
    assert.ok(
      html.includes('<gov-visit-counter src="data/khong-co.json"><p>Lượt truy cập: đang cập nhật</p></gov-visit-counter>'),
    );
  });

  test("--hydrate: the bundle's script tag loads the hydration bundle instead, at low priority, not render-blocking", async () => {
    const page = PAGE.replace(
      '</head>',
      '<script type="module" src="/assets/gov/gov-portal-elements.bundle.js" blocking="render"></script></head>',
    );
    await writeFile(join(dir, 'with-script.html'), page);
    const out = join(dir, 'hydrated.html');
    const { code, stdout, stderr } = await prerender(join(dir, 'with-script.html'), '-o', out, '--hydrate');
    assert.equal(code, 0, stderr);
    assert.match(stdout, /1 script tag\(s\) now load gov-portal-elements\.hydrate\.js/);
    const html = await readFile(out, 'utf8');
    assert.ok(
      html.includes('<script type="module" fetchpriority="low" src="/assets/gov/gov-portal-elements.hydrate.js"></script>'),
    );
    assert.doesNotMatch(html, /gov-portal-elements\.bundle\.js|blocking=/);
    assert.equal((html.match(/<template shadowroot/g) ?? []).length, 2);

    // Without the flag the page's scripts are left as they were; with it and no bundle tag, a warning.
    await prerender(join(dir, 'with-script.html'), '-o', join(dir, 'kept.html'));
    assert.ok((await readFile(join(dir, 'kept.html'), 'utf8')).includes('gov-portal-elements.bundle.js" blocking="render"'));
    const none = await prerender(join(dir, 'index.html'), '-o', join(dir, 'none.html'), '--hydrate');
    assert.match(none.stderr, /--hydrate: no <script/);
  });

  test('--strict fails when an element is left for the browser', async () => {
    const { code } = await prerender(join(dir, 'index.html'), '-o', join(dir, 'strict.html'), '--strict');
    assert.equal(code, 1);
  });

  test('usage errors: no output, a relative --base, an unknown option', async () => {
    assert.equal((await prerender(join(dir, 'index.html'))).code, 2);
    assert.equal((await prerender(join(dir, 'index.html'), '-o', join(dir, 'x.html'), '--base', 'index.html')).code, 2);
    assert.equal((await prerender(join(dir, 'index.html'), '-o', join(dir, 'x.html'), '--bogus')).code, 2);
    assert.equal((await prerender(join(dir, 'missing.html'), '-o', join(dir, 'x.html'))).code, 1);
  });
});

describe('prerenderMiddleware', () => {
  /** @type {import('node:http').Server} */
  let server;
  let origin = '';
  before(async () => {
    const middleware = prerenderMiddleware({ root: dir, onWarning: () => {} });
    server = createServer((req, res) => middleware(req, res, () => res.writeHead(404).end('next')));
    await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
    origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  });
  after(() => new Promise((done) => server.close(done)));

  test('serves a page with its elements rendered, the links resolved against the request', async () => {
    const res = await fetch(`${origin}/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    const html = await res.text();
    assert.equal((html.match(/<template shadowroot="open"/g) ?? []).length, 2);
    assert.match(html, new RegExp(`data-gov-base="${origin}/data/tin-tuc.json"`));
  });

  test('other files and paths outside the folder go to next', async () => {
    assert.equal(await (await fetch(`${origin}/data/tin-tuc.json`)).text(), 'next');
    assert.equal(await (await fetch(`${origin}/..%2f..%2fetc%2fpasswd.html`)).text(), 'next');
    assert.equal(await (await fetch(`${origin}/khong-co.html`)).text(), 'next');
  });
});
