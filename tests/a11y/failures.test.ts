// The demo page with its feeds down: eight boxes fail at once. A screen reader must be interrupted
// once, not eight times; each box says which box failed, and each "Thử lại" says which box it retries.
// Counted through the live-region roles in every box and the buttons' accessible names, and again in
// Chromium's own accessibility tree, as a screen reader gets it.
import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { catalogue, make } from '../elements.js';
import { spoken, textOf, waitForState, type StatefulElement } from '../helpers.js';

/** The live-region elements in every element's shadow root. */
const live = (els: StatefulElement[], role: string): Element[] =>
  els.flatMap((el) => [...el.shadowRoot!.querySelectorAll(`[role="${role}"]`)]);

/** A node of Chromium's accessibility tree, as the test runner's a11ySnapshot command gives it. */
interface A11yNode {
  role: string;
  name?: string;
  children?: A11yNode[];
}

const flatten = (node: A11yNode): A11yNode[] => [node, ...(node.children ?? []).flatMap(flatten)];

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

    // The same, in the tree a screen reader reads: one alert, eight distinct named retry buttons, no status code.
    const tree = flatten((await a11ySnapshot({})) as unknown as A11yNode);
    expect(
      tree.filter((n) => n.role === 'alert'),
      'alerts in the accessibility tree',
    ).to.have.length(1);
    const retries = tree.filter((n) => n.role === 'button' && /^Thử lại: ./.test(n.name ?? ''));
    expect(new Set(retries.map((n) => n.name)).size, 'named retry buttons in the accessibility tree').to.equal(8);
    expect(
      tree.some((n) => /HTTP|\b500\b/.test(n.name ?? '')),
      'a status code in the tree',
    ).to.equal(false);
  });
});
