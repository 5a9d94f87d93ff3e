// The demo page with its feeds down: eight boxes fail at once. A screen reader must be interrupted
// once, not eight times; each box says which box failed, and each "Thử lại" says which box it retries.
// Counted through the live-region roles in every box, and the buttons' accessible names.
import { expect } from '@open-wc/testing';
import { catalogue, make } from '../elements.js';
import { spoken, textOf, waitForState, type StatefulElement } from '../helpers.js';

/** The live-region elements in every element's shadow root. */
const live = (els: StatefulElement[], role: string): Element[] =>
  els.flatMap((el) => [...el.shadowRoot!.querySelectorAll(`[role="${role}"]`)]);

describe('a page whose feeds are all down', function () {
  this.timeout(60000);
  const placed: StatefulElement[] = [];
  afterEach(() => placed.splice(0).forEach((el) => el.remove()));

  it('makes at most one assertive announcement, one polite message per box, each naming its box', async () => {
    await Promise.all(catalogue.map((entry) => entry.load()));
    const warn = console.warn;
    console.warn = () => {};
    try {
      for (const entry of catalogue) placed.push(make(entry, { attrs: { src: '/api/status?code=500' } }));
      document.body.append(...placed);
      await Promise.all(placed.map((el) => waitForState(el, 'error')));
      await Promise.all(placed.map((el) => el.updateComplete));
    } finally {
      console.warn = warn;
    }
    expect(placed).to.have.length(8);

    expect(live(placed, 'alert'), 'role=alert across the page').to.have.length(1);
    expect(live(placed, 'status'), 'polite messages').to.have.length(7);
    const messages = placed.map((el) => textOf(el.shadowRoot!.querySelector('[part~="message"]')));
    for (const message of messages) expect(message).to.match(/^Chưa tải được .+\. Thử lại sau ít phút\.$/);

    // Each "Thử lại" is named with its box (its label starts with its visible text), and no two are alike.
    const buttons = placed.flatMap((el) => [...el.shadowRoot!.querySelectorAll('button')]);
    expect(buttons).to.have.length(8);
    const names = buttons.map((b) => b.getAttribute('aria-label') ?? '');
    for (const [i, name] of names.entries()) {
      expect(name).to.match(/^Thử lại: ./);
      expect(name.startsWith(`${textOf(buttons[i])}: `), 'the name starts with the visible text').to.equal(true);
    }
    expect(new Set(names).size).to.equal(8);
    for (const el of placed) expect(spoken(el.shadowRoot!.firstElementChild), 'no status code read').not.to.match(/HTTP|500/);
  });
});
