import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { catalogue, make, type CatalogueEntry } from '../elements.js';
import { waitForState, type StatefulElement } from '../helpers.js';

/**
 * Type and targets as a visitor sees them: the elements take the host page's font and size (real
 * CMS themes from tests/fixtures/themes/, see SOURCES.md there), stay readable and tappable on a
 * 320 px phone, and underline their links unless the page says otherwise.
 */

const THEMES = '/tests/fixtures/themes';
/** NukeViet's Bootstrap 3.1.1: `html { font-size: 62.5% }` (10 px), body 13 px. */
const BOOTSTRAP_3 = `${THEMES}/nukeviet-bootstrap-3.1.1-scaffolding.css`;
/** NukeViet 3's default theme: `body { font: 12px/1.4 Arial, Helvetica, sans-serif }`. */
const NUKEVIET_3 = `${THEMES}/nukeviet-3-default-template.css`;
/** The NukeViet e-government theme: body 14 px Helvetica Neue on top of Bootstrap 3's root size. */
const EGOV = `${THEMES}/nukeviet-egov-style-global.css`;

/** Adds the theme's stylesheets to the page; returns a function that removes them. */
async function useTheme(...hrefs: string[]): Promise<() => void> {
  const links = hrefs.map((href) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
    return new Promise<HTMLLinkElement>((resolve, reject) => {
      link.onload = () => resolve(link);
      link.onerror = () => reject(new Error(`theme ${href} did not load`));
    });
  });
  const loaded = await Promise.all(links);
  return () => loaded.forEach((link) => link.remove());
}

/** The element of `entry` showing its model content (the demo's data), ready. */
async function model(entry: CatalogueEntry, attrs: Record<string, string> = {}): Promise<StatefulElement> {
  await entry.load();
  const el = await fixture<StatefulElement>(html`<div>${make(entry, { attrs: { src: entry.model, ...attrs } })}</div>`).then(
    (wrapper) => wrapper.firstElementChild as StatefulElement,
  );
  await waitForState(el, 'ready');
  return el;
}

function shown(node: Element): boolean {
  if (!node.checkVisibility({ visibilityProperty: true, opacityProperty: false })) return false;
  const box = node.getBoundingClientRect();
  return box.width > 1 && box.height > 1 && !node.closest('.sr-only');
}

/** Every shown element of the shadow tree with text of its own, and its font size in px. */
function texts(el: Element): { node: Element; text: string; size: number }[] {
  return [...el.shadowRoot!.querySelectorAll('*')]
    .filter((node) => [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim()))
    .filter(shown)
    .map((node) => ({ node, text: node.textContent!.trim().slice(0, 40), size: parseFloat(getComputedStyle(node).fontSize) }));
}

const px = (el: Element): number => parseFloat(getComputedStyle(el).fontSize);

/** Links in running text (an article's body) are exempt from target sizes (WCAG 2.5.8, inline). */
const inRunningText = (node: Element): boolean => !!node.closest('.content, p');

describe('typography: the host page font and size', () => {
  for (const entry of catalogue) {
    describe(entry.tag, () => {
      it("keeps the page's text size on a Bootstrap 3 page (root 10 px), never sizing from the root", async () => {
        const removeTheme = await useTheme(BOOTSTRAP_3);
        try {
          const el = await model(entry);
          expect(px(document.documentElement), 'the theme applies').to.equal(10);
          expect(px(el), 'the element takes the body size').to.equal(13);
          for (const { text, size } of texts(el)) {
            // Secondary text is one step smaller (0.875em), never the root's 10 px.
            expect(size, text).to.be.at.least(13 * 0.875 - 0.01);
          }
          const heading = el.shadowRoot!.querySelector('.heading');
          if (heading) expect(px(heading), 'heading').to.be.at.least(13);
        } finally {
          removeTheme();
        }
      });

      it("takes the page's font: 12 px Arial on a NukeViet 3 page", async () => {
        const removeTheme = await useTheme(NUKEVIET_3);
        try {
          const el = await model(entry);
          const body = getComputedStyle(document.body).fontFamily;
          expect(body).to.match(/^Arial/);
          expect(getComputedStyle(el).fontFamily).to.equal(body);
          expect(px(el)).to.equal(12);
          for (const { node, text } of texts(el)) expect(getComputedStyle(node).fontFamily, text).to.equal(body);
          for (const control of el.shadowRoot!.querySelectorAll('button, input, select')) {
            expect(getComputedStyle(control).fontFamily, control.outerHTML.slice(0, 60)).to.equal(body);
          }
        } finally {
          removeTheme();
        }
      });

      it('takes --gov-font-family and --gov-font-size when the page sets them', async () => {
        const removeTheme = await useTheme(BOOTSTRAP_3);
        try {
          const el = await model(entry);
          el.style.setProperty('--gov-font-family', 'Georgia, serif');
          el.style.setProperty('--gov-font-size', '17px');
          expect(getComputedStyle(el).fontFamily).to.equal('Georgia, serif');
          expect(px(el)).to.equal(17);
        } finally {
          removeTheme();
        }
      });
    });
  }
});

/** Each element as the catalogue has it, and the layouts and tools with further buttons or links. */
const layouts: [entry: CatalogueEntry, attrs: Record<string, string>][] = [
  ...catalogue.map((entry): [CatalogueEntry, Record<string, string>] => [entry, {}]),
  ...(
    [
      ['gov-article', { tools: 'print back top text-size' }],
      ['gov-news-list', { 'page-size': '3' }],
      ['gov-news-list', { layout: 'cards', limit: '4' }],
      ['gov-notice-board', { ticker: '' }],
      ['gov-service-links', { layout: 'grid' }],
      ['gov-service-links', { layout: 'buttons' }],
      ['gov-video-list', { layout: 'grid', limit: '4' }],
      ['gov-photo-gallery', { layout: 'strip' }],
    ] as const
  ).map(([tag, attrs]): [CatalogueEntry, Record<string, string>] => [catalogue.find((e) => e.tag === tag)!, attrs]),
];
const named = (entry: CatalogueEntry, attrs: Record<string, string>): string =>
  [entry.tag, ...Object.entries(attrs).map(([k, v]) => (v ? `${k}="${v}"` : k))].join(' ');

describe('typography: a 320 px phone', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [theme, sheets] of [
    ['no theme', []],
    ['the NukeViet e-government theme on Bootstrap 3', [BOOTSTRAP_3, EGOV]],
  ] as const) {
    for (const [entry, attrs] of layouts) {
      it(`${named(entry, attrs)} (${theme}): body text 18 px and secondary text 15 px at least`, async () => {
        const removeTheme = await useTheme(...sheets);
        try {
          const el = await model(entry, attrs);
          expect(px(el), 'body text').to.be.at.least(18);
          for (const { text, size } of texts(el)) expect(size, text).to.be.at.least(15);
          for (const link of el.shadowRoot!.querySelectorAll('a')) {
            if (shown(link) && !inRunningText(link)) expect(px(link), link.textContent!.trim()).to.be.at.least(18);
          }
        } finally {
          removeTheme();
        }
      });

      it(`${named(entry, attrs)} (${theme}): buttons and link rows 44 px tall at least`, async () => {
        const removeTheme = await useTheme(...sheets);
        try {
          const el = await model(entry, attrs);
          const buttons = [...el.shadowRoot!.querySelectorAll('button')].filter(shown);
          for (const button of buttons) {
            expect(button.getBoundingClientRect().height, `button ${button.textContent!.trim()}`).to.be.at.least(44);
          }
          for (const link of [...el.shadowRoot!.querySelectorAll('a')].filter(shown)) {
            if (inRunningText(link)) continue;
            const row = link.closest('li, tr') ?? link;
            expect(row.getBoundingClientRect().height, `link row ${link.textContent!.trim()}`).to.be.at.least(44);
          }
        } finally {
          removeTheme();
        }
      });
    }
  }
});

describe('typography: links look like links', () => {
  for (const entry of catalogue) {
    it(`${entry.tag}: links are underlined, and --gov-link-decoration: none turns that off`, async () => {
      // A theme that takes underlines away from every link on the page must not reach inside.
      const removeTheme = await useTheme(NUKEVIET_3);
      try {
        const el = await model(entry);
        const links = [...el.shadowRoot!.querySelectorAll('a')].filter(shown);
        for (const link of links) {
          expect(getComputedStyle(link).textDecorationLine, link.textContent!.trim()).to.equal('underline');
        }
        el.style.setProperty('--gov-link-decoration', 'none');
        for (const link of links) {
          expect(getComputedStyle(link).textDecorationLine, link.textContent!.trim()).to.equal('none');
        }
      } finally {
        removeTheme();
      }
    });
  }
});

describe('typography: the video list beside a 768 px page', () => {
  before(() => setViewport({ width: 768, height: 1024 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('shows every playlist entry whole: the list scrolls nothing out of sight, none is cut in half', async () => {
    const entry = catalogue.find((e) => e.tag === 'gov-video-list')!;
    const el = await model(entry);
    const stage = el.shadowRoot!.querySelector('[part~="player"]')!.getBoundingClientRect();
    const playlist = el.shadowRoot!.querySelector<HTMLElement>('[part~="playlist"]')!;
    const box = playlist.getBoundingClientRect();
    expect(box.left, 'the playlist is beside the player').to.be.greaterThan(stage.right);
    expect(playlist.scrollHeight, 'nothing scrolled out of sight').to.be.at.most(playlist.clientHeight + 1);
    const entries = [...playlist.querySelectorAll('[part~="item"]')];
    expect(entries.length).to.be.greaterThan(1);
    for (const item of entries) {
      const r = item.getBoundingClientRect();
      expect(r.bottom, item.textContent!.trim()).to.be.at.most(box.bottom + 0.5);
      expect(r.top, item.textContent!.trim()).to.be.at.least(box.top - 0.5);
    }
  });
});

describe('typography: capitals by style, words as written for screen readers', () => {
  for (const entry of catalogue) {
    it(`${entry.tag}: no text is upper-cased by text-transform (Chromium names from the transformed text)`, async () => {
      const el = await model(entry);
      for (const { node, text } of texts(el)) {
        expect(getComputedStyle(node).textTransform, text).to.equal('none');
      }
      const heading = el.shadowRoot!.querySelector('.heading');
      if (heading && shown(heading)) {
        // Capitals still, by font-variant-caps: the heading bar looks as before.
        expect(getComputedStyle(heading).fontVariantCaps).to.equal('all-small-caps');
        el.style.setProperty('--gov-heading-caps', 'normal');
        expect(getComputedStyle(heading).fontVariantCaps).to.equal('normal');
      }
    });
  }
});
