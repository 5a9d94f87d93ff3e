// Lit's hydration support must load before any element (and before lit-element itself): first import.
import '../src/hydrate.js';
import { expect } from '@open-wc/testing';

/** One element as the server renderer wrote it (scripts/check/hydration-fixture.mjs). */
interface Rendered {
  name: string;
  source: string;
  html: string;
}

/** Written by `npm run test:ssr` (from the sources as they are now) before this file runs. */
const FIXTURE = '/node_modules/.cache/gov-portal-elements-ssr/hydration.json';
/** The origin the fixture was rendered for (scripts/check/hydration-fixture.mjs). */
const FIXTURE_ORIGIN = 'http://localhost:8000';

/** A gov- element as the tests read it. */
type GovEl = HTMLElement & { loaded: Promise<unknown>; updateComplete: Promise<boolean>; src?: string };

/** The shadow DOM as markup, without Lit's comment markers and the hydration flag. */
function markup(root: ShadowRoot): string {
  return root.innerHTML.replace(/<!--[\s\S]*?-->|<\?>/g, '').replace(/ defer-hydration(="")?/g, '');
}

/** Requests the page made through `fetch`, as absolute URLs. */
const requested: string[] = [];
const pageFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  requested.push(new URL(input instanceof Request ? input.url : String(input), location.href).href);
  return pageFetch(input, init);
};

describe('hydration of server-rendered elements', () => {
  let cases: Rendered[] = [];
  before(async () => {
    const res = await fetch(FIXTURE);
    if (!res.ok) throw new Error(`${FIXTURE} is missing: run npm run test:ssr first, which writes it`);
    // Rendered for http://localhost:8000/: moved to this page's origin, as if rendered for it (links
    // to the page's own site and to others must be told apart the same way on both sides).
    const text = (await res.text()).replaceAll(FIXTURE_ORIGIN, location.origin);
    cases = JSON.parse(text) as Rendered[];
  });

  const names = [
    'news list from src',
    'article from src',
    'notice board polling src',
    'visit counter from src',
    'service links from src',
    'video list from src',
    'photo gallery from src',
    'document list from src',
    'news list with inline JSON',
  ];
  for (const name of names) {
    it(`${name}: takes over without a request for src, the same DOM, gov-load once`, async () => {
      const rendered = cases.find((c) => c.name === name);
      if (!rendered) throw new Error(`no case "${name}" in ${FIXTURE}`);
      // What the server drew, parsed where no element upgrades.
      const inert = Document.parseHTMLUnsafe(rendered.html).body.firstElementChild as HTMLElement;
      const drawn = markup(inert.shadowRoot!);

      const container = document.createElement('div');
      let loads = 0;
      container.addEventListener('gov-load', (e) => {
        if (e.target === container.firstElementChild) loads++;
      });
      document.body.append(container);
      requested.length = 0;
      try {
        container.setHTMLUnsafe(rendered.html);
        const el = container.firstElementChild as GovEl;
        const box = el.shadowRoot!.querySelector('[part~="box"]');
        expect(box, 'server-rendered shadow root').to.exist;
        await el.loaded;
        await el.updateComplete;

        expect(el.getAttribute('state')).to.equal('ready');
        expect(loads, 'gov-load events').to.equal(1);
        const src = el.getAttribute('src');
        if (src) expect(requested, 'requests at start-up').not.to.include(new URL(src, location.href).href);
        expect(el.shadowRoot!.querySelector('[part~="box"]'), 'the server-drawn box is kept, not drawn again').to.equal(box);
        expect(markup(el.shadowRoot!)).to.equal(drawn);
      } finally {
        container.remove();
      }
    });
  }

  it('display settings (no data): takes over the server-drawn control, the same DOM', async () => {
    const rendered = cases.find((c) => c.name === 'display settings');
    if (!rendered) throw new Error(`no case "display settings" in ${FIXTURE}`);
    const drawn = markup((Document.parseHTMLUnsafe(rendered.html).body.firstElementChild as HTMLElement).shadowRoot!);
    const container = document.createElement('div');
    document.body.append(container);
    try {
      container.setHTMLUnsafe(rendered.html);
      const el = container.firstElementChild as GovEl;
      const first = el.shadowRoot!.firstElementChild;
      expect(first, 'server-rendered shadow root').to.exist;
      await el.updateComplete;
      expect(el.shadowRoot!.firstElementChild, 'kept, not drawn again').to.equal(first);
      expect(markup(el.shadowRoot!)).to.equal(drawn);
    } finally {
      container.remove();
    }
  });

  it('a page without server rendering works as before', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    try {
      container.innerHTML = '<gov-news-list src="/demo/data/tin-tuc.json" limit="2"></gov-news-list>';
      const el = container.firstElementChild as GovEl;
      requested.length = 0;
      await el.loaded;
      expect(requested).to.include(new URL('/demo/data/tin-tuc.json', location.href).href);
      expect(el.shadowRoot!.querySelectorAll('li[part~="item"]').length).to.equal(2);
    } finally {
      container.remove();
    }
  });
});
