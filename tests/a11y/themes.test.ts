// Every catalogued element in the light, dark and high-contrast themes (the values in
// src/core/theme.styles.ts, as <gov-display-settings> applies them to <html>), in the ready, empty and
// error states: axe finds nothing, colour contrast included. The page around stays white, as on a
// portal whose own stylesheet knows nothing of the themes, so each element must paint its own surface.
import { expect } from '@open-wc/testing';
import { themeStyles } from '../../src/core/theme.styles.js';
import { STORAGE_KEY } from '../../src/display-settings/display-settings.js';
import { catalogue, make } from '../elements.js';
import { waitForState } from '../helpers.js';
import { quietly } from '../security/support.js';

const root = document.documentElement;
/** The text colour each theme gives an element's host (--gov-color-text), to show the theme is on. */
const themes = { light: 'rgb(27, 31, 36)', dark: 'rgb(232, 238, 245)', contrast: 'rgb(255, 255, 255)' } as const;

const placed: HTMLElement[] = [];
function put(el: ReturnType<typeof make>): ReturnType<typeof make> {
  placed.push(el);
  document.body.append(el);
  return el;
}

describe('themes: every element, every state, accessible in light, dark and high contrast', function () {
  this.timeout(30000);
  let n = 0;
  before(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, themeStyles.styleSheet!];
  });
  after(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== themeStyles.styleSheet);
    delete root.dataset.govTheme;
  });
  afterEach(() => placed.splice(0).forEach((el) => el.remove()));

  for (const [theme, text] of Object.entries(themes)) {
    describe(theme, () => {
      beforeEach(() => {
        root.dataset.govTheme = theme;
      });
      it('<gov-display-settings>, set to this theme', async () => {
        localStorage.setItem(STORAGE_KEY, JSON.stringify({ size: 'normal', theme }));
        const el = put(document.createElement('gov-display-settings') as unknown as ReturnType<typeof make>);
        await el.updateComplete;
        expect(root.dataset.govTheme).to.equal(theme);
        expect(getComputedStyle(el).color).to.equal(text);
        await expect(el).to.be.accessible();
        localStorage.removeItem(STORAGE_KEY);
      });

      for (const entry of catalogue) {
        describe(`<${entry.tag}>`, () => {
          before(() => entry.load());

          it('ready', async () => {
            const el = put(make(entry, { attrs: { src: entry.model } }));
            await waitForState(el, 'ready');
            expect(getComputedStyle(el).color).to.equal(text);
            await expect(el).to.be.accessible();
          });

          it('empty', async () => {
            const el = put(make(entry));
            await waitForState(el, 'empty');
            await expect(el).to.be.accessible();
          });

          it('error', async () => {
            await quietly(async () => {
              // A URL of its own, so no data kept from an earlier load stands in for the error.
              const el = put(make(entry, { attrs: { src: `/api/status?code=500&theme=${theme}&n=${n++}` } }));
              await waitForState(el, 'error');
              await expect(el).to.be.accessible();
            });
          });
        });
      }
    });
  }
});
