import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { DataSource } from '../../src/core/data-source.js';
import { GovDataError } from '../../src/core/errors.js';
import { uid } from '../helpers.js';

/** A test answer: `words` as JSON, `delay` ms late (test route /api/body). */
const answer = (words: string[], delay = 0): string =>
  `/api/body?type=application/json&text=${encodeURIComponent(JSON.stringify(words))}${delay ? `&delay=${delay}` : ''}`;

/** Data set from code that parses `after` ms late, as work loaded on demand does. */
interface Slow {
  words: string[];
  after: number;
}

/**
 * A bare host: a ReactiveElement with the attributes DataSource reads and nothing of GovElement.
 * Its data is a list of words, from `value`, `src`, an inline JSON script or a `words` attribute.
 */
class DataHost extends ReactiveElement {
  static override properties = { src: {}, timeout: { type: Number }, value: { attribute: false } };
  src?: string;
  timeout = 10_000;
  value?: string[] | Slow;
  /** The events the host heard, as `type:words` or `type:kind`. */
  readonly heard: string[] = [];
  /** Every parse still settling (Slow values), so a test can wait for the late ones. */
  readonly parsing: Promise<unknown>[] = [];

  readonly data = new DataSource<string[]>(this, {
    property: () => this.value,
    parse: (raw) => {
      if (raw && typeof raw === 'object' && 'after' in raw) {
        const { words, after } = raw as Slow;
        const late = new Promise<string[]>((resolve) => setTimeout(() => resolve(words), after));
        this.parsing.push(late);
        return late;
      }
      if (!Array.isArray(raw) || !raw.every((w) => typeof w === 'string')) {
        throw new GovDataError('shape', 'Expected a list of words');
      }
      return raw as string[];
    },
    isEmpty: (words) => words.length === 0,
    detail: (words) => ({ words }),
    attributes: () => this.getAttribute('words')?.split(' '),
  });

  constructor() {
    super();
    this.addEventListener('gov-load', (e) => this.heard.push(`load:${String((e as CustomEvent).detail.words)}`));
    this.addEventListener('gov-error', (e) => this.heard.push(`error:${(e as CustomEvent).detail.error.kind}`));
  }
}
customElements.define('data-source-test-host', DataHost);

/** A host with `setup` applied, on the page. */
function host(setup: (el: DataHost) => void = () => {}): DataHost {
  const el = document.createElement('data-source-test-host') as DataHost;
  setup(el);
  document.body.append(el);
  return el;
}

/** Waits until the data source settles in `state`, and the host has rendered it. */
async function settles(el: DataHost, state: DataSource<string[]>['state']): Promise<void> {
  await waitUntil(() => el.data.state === state, `state never became ${state} (is ${el.data.state})`, { timeout: 5000 });
  await el.updateComplete;
}

describe('core/data-source on a bare host', () => {
  const made: DataHost[] = [];
  const make = (setup?: (el: DataHost) => void): DataHost => {
    const el = host(setup);
    made.push(el);
    return el;
  };
  afterEach(() => made.splice(0).forEach((el) => el.remove()));

  describe('source priority: property, then src, then inline JSON, then attributes', () => {
    it('takes the highest source present, and the next one when it goes', async () => {
      const el = make((h) => {
        h.setAttribute('words', 'thuộc tính');
        h.innerHTML = '<script type="application/json">["nội", "tuyến"]</script>';
        h.src = answer(['từ', 'src']);
        h.value = ['từ', 'mã'];
      });
      await settles(el, 'ready');
      expect(el.data.data).to.deep.equal(['từ', 'mã']);

      el.value = undefined;
      await el.updateComplete;
      expect(el.data.state, 'loading src').to.equal('loading');
      await settles(el, 'ready');
      expect(el.data.data).to.deep.equal(['từ', 'src']);

      el.src = undefined;
      await el.updateComplete;
      expect(el.data.data).to.deep.equal(['nội', 'tuyến']);

      el.querySelector('script')!.remove();
      el.requestUpdate();
      await el.updateComplete;
      expect(el.data.data).to.deep.equal(['thuộc', 'tính']);
      expect(el.data.sourceless).to.be.false;

      el.removeAttribute('words');
      el.requestUpdate();
      await el.updateComplete;
      expect(el.data.state).to.equal('empty');
      expect(el.data.sourceless, 'no source at all').to.be.true;
      expect(el.data.data).to.equal(undefined);
    });

    it('validates data set from code like fetched data', async () => {
      const el = make((h) => (h.value = [1, 2] as unknown as string[]));
      await settles(el, 'error');
      expect(el.data.error?.kind).to.equal('shape');
      expect(el.heard).to.deep.equal(['error:shape']);
    });

    it('reports inline JSON that does not parse', async () => {
      const el = make((h) => (h.innerHTML = '<script type="application/json">["thiếu ngoặc"</script>'));
      await settles(el, 'error');
      expect(el.data.error?.kind).to.equal('parse');
    });

    it('is `ready` with a list of nothing, and leaves telling it `empty` to its element (`empty`)', async () => {
      const el = make((h) => (h.value = []));
      await settles(el, 'ready');
      expect(el.data.empty).to.be.true;
      expect(el.heard).to.deep.equal(['load:']);
    });
  });

  describe('the stale-answer guard', () => {
    it('drops the late answer of an old src: the newer src wins, and the old one raises no error', async () => {
      const requests: Promise<Response>[] = [];
      const fetch = window.fetch;
      window.fetch = (...args) => {
        const request = fetch(...args);
        requests.push(request);
        return request;
      };
      try {
        const el = make((h) => (h.src = answer(['cũ'], 600)));
        await el.updateComplete;
        el.src = answer(['mới']);
        await settles(el, 'ready');
        // The old request, given up: however it ends, it changes nothing.
        await Promise.allSettled(requests);
        await el.updateComplete;
        expect(el.data.data).to.deep.equal(['mới']);
        expect(el.heard).to.deep.equal(['load:mới']);
      } finally {
        window.fetch = fetch;
      }
    });

    it('drops a parse that settles after newer data was set', async () => {
      const el = make((h) => (h.value = { words: ['chậm'], after: 300 }));
      await el.updateComplete;
      expect(el.data.state, 'loading while the parse settles').to.equal('loading');
      el.value = ['nhanh'];
      await settles(el, 'ready');
      await Promise.all(el.parsing);
      await el.updateComplete;
      expect(el.data.data).to.deep.equal(['nhanh']);
      expect(el.heard).to.deep.equal(['load:nhanh']);
    });
  });

  describe('abort', () => {
    it('aborts the request when the host is removed, and loads again when it is put back', async () => {
      const signals: AbortSignal[] = [];
      const fetch = window.fetch;
      window.fetch = (input, init) => {
        if (init?.signal) signals.push(init.signal);
        return fetch(input, init);
      };
      try {
        const el = make((h) => (h.src = answer(['trở', 'lại'], 400)));
        await el.updateComplete;
        expect(signals).to.have.length(1);
        el.remove();
        await waitUntil(() => signals[0].aborted, 'the request is aborted on removal', { timeout: 1000 });
        document.body.append(el);
        await settles(el, 'ready');
        expect(signals).to.have.length(2);
        expect(el.data.data).to.deep.equal(['trở', 'lại']);
        expect(el.heard, 'no error for the aborted request').to.deep.equal(['load:trở,lại']);
      } finally {
        window.fetch = fetch;
      }
    });
  });

  describe('time-out', () => {
    it('fails as a time-out when src does not answer within `timeout` ms', async () => {
      const el = make((h) => {
        h.timeout = 1000;
        h.setAttribute('src', answer(['muộn'], 4000));
      });
      const error = oneEvent(el, 'gov-error');
      await settles(el, 'error');
      expect(el.data.error?.kind).to.equal('timeout');
      expect(el.data.error?.message).to.contain('within 1000 ms');
      expect(((await error) as CustomEvent).detail.src, 'gov-error names the src').to.equal(el.getAttribute('src'));
    });

    it('uses the default time-out when `timeout` is not a positive number', async () => {
      const el = make((h) => {
        h.timeout = Number('abc');
        h.src = answer(['vẫn', 'tải']);
      });
      await settles(el, 'ready');
      expect(el.data.data).to.deep.equal(['vẫn', 'tải']);
    });
  });

  describe('retry', () => {
    it('loads the same src again, showing loading meanwhile, and recovers once the server does', async () => {
      const id = uid();
      const el = make((h) => (h.src = `/api/flaky?id=${id}&name=words.json`));
      await settles(el, 'error');
      expect(el.data.error?.kind).to.equal('http');
      expect(el.data.error?.status).to.equal(503);
      await fetch(`/api/flaky-heal?id=${id}`);
      el.data.retry();
      expect(el.data.state).to.equal('loading');
      expect(el.data.error).to.equal(undefined);
      await settles(el, 'ready');
      expect(el.data.data).to.deep.equal(['Gia', 'Lộc']);
      expect(el.heard).to.deep.equal(['error:http', 'load:Gia,Lộc']);
      expect(el.data.settledLoads, 'each settled load is counted').to.equal(2);
    });
  });
});
