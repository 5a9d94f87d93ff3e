// The protocol <gov-visit-counter count-visit> speaks, against the store named by COUNTER_STORE.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addressOf, counts, newVisitor, PAGE, startTestServer, storeKind, testClock, visit } from './helpers.mjs';

describe(`counter protocol (${storeKind})`, () => {
  test('POST counts one visit and answers { online, today, month, total }; GET answers without counting', async (t) => {
    const { url } = await startTestServer(t);
    const first = await visit(url, { visitor: newVisitor() });
    assert.equal(first.status, 200);
    assert.match(first.headers.get('content-type'), /^application\/json/);
    assert.equal(first.headers.get('cache-control'), 'no-store');
    assert.deepEqual(first.json, { online: 1, today: 1, month: 1, total: 1 });
    const read = await visit(url, { method: 'GET', visitor: newVisitor() });
    assert.deepEqual(read.json, { online: 2, today: 1, month: 1, total: 1 });
    assert.deepEqual(await counts(url), { online: 2, today: 1, month: 1, total: 1 });
  });

  test('"online" is the number of distinct visitor ids seen in the last 5 minutes', async (t) => {
    const { url, clock } = await startTestServer(t, { trustProxy: true });
    const [a, b] = [newVisitor(), newVisitor()];
    await visit(url, { visitor: a, headers: { 'x-forwarded-for': addressOf(1) } });
    await visit(url, { visitor: b, headers: { 'x-forwarded-for': addressOf(2) } });
    for (let i = 0; i < 3; i++) await visit(url, { method: 'GET', visitor: a }); // polls of one tab, or of three tabs
    assert.equal((await counts(url)).online, 2);
    clock.advance(4 * 60_000);
    await visit(url, { method: 'GET', visitor: a }); // a still polls, b left
    clock.advance(61_000);
    assert.equal((await counts(url)).online, 1);
    clock.advance(5 * 60_000);
    assert.deepEqual(await counts(url), { online: 0, today: 2, month: 2, total: 2 });
  });

  test('a POST without a visitor id still counts one visit (and one visitor online)', async (t) => {
    const { url } = await startTestServer(t);
    const res = await visit(url, {});
    assert.equal(res.status, 200);
    assert.deepEqual(res.json, { online: 1, today: 1, month: 1, total: 1 });
  });

  test('the visitor id may also come as a text/plain JSON body (no preflight either way)', async (t) => {
    const { url } = await startTestServer(t);
    const visitor = newVisitor();
    const res = await visit(url, { body: JSON.stringify({ visitor }), headers: { 'content-type': 'text/plain;charset=UTF-8' } });
    assert.deepEqual(res.json, { online: 1, today: 1, month: 1, total: 1 });
    await visit(url, { method: 'GET', visitor });
    assert.equal((await counts(url)).online, 1);
  });

  test('a POST repeated with the same visitor id (a retry after a lost answer) counts once; 30 minutes later it counts again', async (t) => {
    const { url, clock } = await startTestServer(t);
    const visitor = newVisitor();
    const answers = await Promise.all([visit(url, { visitor }), visit(url, { visitor }), visit(url, { visitor })]);
    assert.deepEqual(answers.map((a) => a.headers.get('x-visit-counted')).sort(), ['0', '0', '1']);
    assert.equal((await counts(url)).total, 1);
    clock.advance(29 * 60_000);
    await visit(url, { visitor });
    assert.equal((await counts(url)).total, 1);
    clock.advance(31 * 60_000);
    await visit(url, { visitor });
    // POSTs without an id cannot be told apart: each counts.
    await visit(url, {});
    await visit(url, {});
    assert.deepEqual(await counts(url), { online: 3, today: 4, month: 4, total: 4 });
  });

  test('a site starts from the total its old CMS showed (1.116.844 on the model page)', async (t) => {
    const { url } = await startTestServer(t, { sites: { 'gia-loc': { origins: [PAGE], startTotal: 1116844 } } });
    assert.deepEqual(await counts(url), { online: 0, today: 0, month: 0, total: 1116844 });
    assert.equal((await visit(url, { visitor: newVisitor() })).json.total, 1116845);
  });

  test('one service counts several sites apart; the site is the last URL segment, any case', async (t) => {
    const { url } = await startTestServer(t, {
      sites: { 'gia-loc': { origins: [PAGE] }, 'gia-tan': { origins: ['https://giatan.gialoc.haiduong.gov.vn'] } },
    });
    await visit(url, { visitor: newVisitor() });
    await visit(url, { site: 'GIA-LOC', visitor: newVisitor() });
    const tan = await visit(url, { site: 'gia-tan', headers: { origin: 'https://giatan.gialoc.haiduong.gov.vn' } });
    assert.equal(tan.json.total, 1);
    assert.equal((await counts(url)).total, 2);
  });

  test('"today" and "this month" follow the site\'s time zone (Asia/Ho_Chi_Minh by default) across midnight and New Year', async (t) => {
    const clock = testClock('2026-12-31T16:59:59Z'); // 23:59:59 on 31/12 in Hà Nội, 16:59 in London
    const { url } = await startTestServer(t, {
      clock,
      sites: { 'gia-loc': { origins: [PAGE] }, london: { origins: [PAGE], timeZone: 'Europe/London' } },
    });
    await visit(url, { visitor: newVisitor() });
    await visit(url, { site: 'london', visitor: newVisitor() });
    clock.set('2026-12-31T17:00:00Z'); // 00:00 on 1/1/2027 in Hà Nội; still 31/12 in London
    await visit(url, { visitor: newVisitor() });
    await visit(url, { site: 'london', visitor: newVisitor() });
    assert.deepEqual(await counts(url), { online: 2, today: 1, month: 1, total: 2 });
    assert.deepEqual(await counts(url, 'london'), { online: 2, today: 2, month: 2, total: 2 });
    clock.set('2027-01-01T00:00:00Z'); // London's New Year
    assert.deepEqual(await counts(url, 'london'), { online: 0, today: 0, month: 0, total: 2 }); // 7 h later: nobody online
    clock.set('2027-01-31T17:00:00Z'); // 1/2/2027 in Hà Nội: the month starts again, the total does not
    await visit(url, { visitor: newVisitor() });
    assert.deepEqual(await counts(url), { online: 1, today: 1, month: 1, total: 3 });
  });

  test('N concurrent POSTs from distinct visitors raise the total, today and month by exactly N', async (t) => {
    const { url } = await startTestServer(t, { trustProxy: true });
    const n = 300;
    const answers = await Promise.all(
      Array.from({ length: n }, (_, i) => visit(url, { visitor: newVisitor(), headers: { 'x-forwarded-for': addressOf(i) } })),
    );
    assert.deepEqual(
      answers.map((a) => a.status),
      Array(n).fill(200),
    );
    // Each answer is the count after its own visit: all different, nothing lost, nothing doubled.
    assert.deepEqual(
      answers.map((a) => a.json.total).sort((x, y) => x - y),
      Array.from({ length: n }, (_, i) => i + 1),
    );
    assert.deepEqual(await counts(url), { online: n, today: n, month: n, total: n });
  });
});
