// One request per URL: concurrent GETs of the same URL share one request; each caller still gets
// its own data, its own time-out, and leaving (removal, abort) cancels only what nobody else waits for.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-list/news-list.js';
import '../../src/notice-board/notice-board.js';
import { GovDataError } from '../../src/core/errors.js';
import { fetchData } from '../../src/core/fetch-data.js';
import { uid, waitForState } from '../helpers.js';
import { serverLog, sleep, stash } from '../security/support.js';

const NEWS = JSON.stringify({ items: [{ title: 'Hội nghị tiếp xúc cử tri', url: '/tin/1', date: '2026-12-06' }] });
const get = (url: string, signal = new AbortController().signal, timeout = 10000): ReturnType<typeof fetchData> =>
  fetchData(url, { signal, timeout });

describe('core/fetch-data: one request per URL', () => {
  it('concurrent GETs of one URL make one request, and each caller gets its own copy', async () => {
    const id = await stash(NEWS);
    const url = `/api/sec/slow?id=${id}&wait=300`;
    const [a, b, c] = await Promise.all([get(url), get(url), get(url)]);
    expect((await serverLog(id)).hits).to.equal(1);
    expect(a.data).to.deep.equal(JSON.parse(NEWS));
    // Parsed separately: one caller changing its data cannot change another's.
    expect(a.data).not.to.equal(b.data);
    (a.data as { items: unknown[] }).items.length = 0;
    expect((c.data as { items: unknown[] }).items).to.have.length(1);
  });

  it('a request that has finished is not reused: the next GET asks again (polling sees new data)', async () => {
    const id = await stash(NEWS);
    await get(`/api/sec/serve?id=${id}`);
    await get(`/api/sec/serve?id=${id}`);
    expect((await serverLog(id)).hits).to.equal(2);
  });

  it('one caller leaving does not abort the others; the last one leaving does', async () => {
    const id = await stash(NEWS);
    const url = `/api/sec/slow?id=${id}&wait=600`;
    const leaving = new AbortController();
    const left = get(url, leaving.signal).catch((e: unknown) => e);
    const staying = get(url);
    await sleep(100);
    leaving.abort();
    expect(await left).to.be.instanceOf(GovDataError);
    expect((await staying).data).to.deep.equal(JSON.parse(NEWS));
    expect(await serverLog(id)).to.include({ hits: 1, completed: 1, aborted: 0 });

    const id2 = await stash(NEWS);
    const all = [new AbortController(), new AbortController()];
    const pending = all.map((c) => get(`/api/sec/slow?id=${id2}&wait=600`, c.signal).catch(() => undefined));
    await sleep(100);
    all.forEach((c) => c.abort());
    await Promise.all(pending);
    await sleep(700);
    expect(await serverLog(id2)).to.include({ hits: 1, aborted: 1, completed: 0 });
  });

  it('each caller keeps its own time-out', async () => {
    const id = await stash(NEWS);
    const url = `/api/sec/slow?id=${id}&wait=500`;
    const impatient = get(url, undefined, 100).catch((e: unknown) => e);
    const patient = get(url, undefined, 5000);
    expect(((await impatient) as GovDataError).kind).to.equal('timeout');
    expect((await patient).data).to.deep.equal(JSON.parse(NEWS));
    expect((await serverLog(id)).hits).to.equal(1);
  });

  it('POSTs are never shared', async () => {
    const id = uid();
    const post = (): Promise<unknown> =>
      fetchData(`/api/counter?id=${id}`, { signal: new AbortController().signal, timeout: 5000, method: 'POST' });
    await Promise.all([post(), post()]);
    const log = (await (await fetch(`/api/counter-log?id=${id}`)).json()) as string[];
    expect(log).to.deep.equal(['POST', 'POST']);
  });

  it('200 news lists with the same src make one request, and all of them show the news', async () => {
    const id = await stash(NEWS);
    const src = `/api/sec/serve?id=${id}`;
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const lists = Array.from({ length: 200 }, () => Object.assign(document.createElement('gov-news-list'), { src }));
    box.append(...lists);
    await Promise.all(lists.map((el) => waitForState(el, 'ready')));
    expect((await serverLog(id)).hits).to.equal(1);
    expect(lists.every((el) => el.shadowRoot?.querySelector('a')?.textContent === 'Hội nghị tiếp xúc cử tri')).to.be.true;
  });

  it('a news list and a notice board on one feed fetch it once; removing one leaves the other loading to the end', async () => {
    const id = await stash(NEWS);
    const src = `/api/sec/slow?id=${id}&wait=500`;
    const box = await fixture<HTMLDivElement>(
      html`<div>
        <gov-news-list src=${src}></gov-news-list>
        <gov-notice-board src=${src}></gov-notice-board>
        <gov-news-list id="removed" src=${src}></gov-news-list>
      </div>`,
    );
    await sleep(100);
    box.querySelector('#removed')!.remove();
    const list = box.querySelector('gov-news-list')!;
    const board = box.querySelector('gov-notice-board')!;
    await waitForState(list, 'ready');
    await waitForState(board, 'ready');
    expect(await serverLog(id)).to.include({ hits: 1, completed: 1, aborted: 0 });
    expect(board.shadowRoot?.textContent).to.contain('Hội nghị tiếp xúc cử tri');
  });
});
