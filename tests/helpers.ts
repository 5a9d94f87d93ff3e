import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { GovState } from '../src/core/data-source.js';
import type { NewsItemInput } from '../src/news-list/news-list.data.js';

/** An element with the data states, as every gov- element is. */
export interface StatefulElement extends HTMLElement {
  readonly state: GovState;
  readonly updateComplete: Promise<boolean>;
}

/** Waits until the element's `state` attribute is `state`, then for its render. */
export async function waitForState(el: StatefulElement, state: GovState, timeout = 5000): Promise<void> {
  await waitUntil(() => el.getAttribute('state') === state, `state never became ${state} (is ${el.getAttribute('state')})`, {
    timeout,
  });
  await el.updateComplete;
}

/**
 * Renders `template` and waits until the element is ready. Each test file names its element's
 * type once: `const loaded = loadedAs<GovNewsList>;`.
 */
export async function loadedAs<E extends StatefulElement>(template: TemplateResult): Promise<E> {
  const el = await fixture<E>(template);
  await waitForState(el, 'ready');
  return el;
}

/** Runs `body` with console.warn captured (skipped items warn by design); returns the warnings. */
export async function warnings(body: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = warn;
  }
  return seen;
}

/**
 * For an element still loading: waits until it is ready and returns how many px its height moved
 * from the loading skeleton's (0 when the skeleton reserved exactly the data's space).
 */
export async function heightMoveUntilReady(el: StatefulElement): Promise<number> {
  const loading = el.getBoundingClientRect().height;
  await waitForState(el, 'ready');
  return Math.abs(el.getBoundingClientRect().height - loading);
}

/**
 * For an element just rendered with a late `src`: asserts it is loading (attribute and property)
 * and shows its skeleton as a status that screen readers hear as "Đang tải…" (the placeholder rows
 * are aria-hidden); returns the skeleton.
 */
export function expectLoadingSkeleton(el: StatefulElement): HTMLElement {
  expect(el.getAttribute('state'), 'state attribute').to.equal('loading');
  expect(el.state, 'state property').to.equal('loading');
  const skeleton = one(el, '[part="skeleton"]');
  expect(skeleton.getAttribute('role')).to.equal('status');
  expect(spoken(skeleton)).to.equal('Đang tải…');
  return skeleton;
}

/** The next `gov-error` event's detail. */
export async function nextError(el: HTMLElement): Promise<CustomEvent['detail']> {
  return ((await oneEvent(el, 'gov-error')) as CustomEvent).detail;
}

/** Visible text of a node's shadow DOM part, whitespace folded. */
export function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text a screen reader gets from `node`: aria-hidden content left out, whitespace folded. */
export function spoken(node: Element | null | undefined): string {
  const copy = node?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return textOf(copy);
}

/** All elements matching `selector` in the element's shadow root. */
export function all<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  return [...(el.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

/** The first element matching `selector` in the element's shadow root. */
export function one<E extends Element = HTMLElement>(el: Element, selector: string): E {
  const found = el.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>'s shadow root`);
  return found;
}

/** The URL of a fixture file served through the test routes. */
export const fixtureUrl = (name: string, extra = ''): string => `/api/fixture?name=${encodeURIComponent(name)}${extra}`;

/** A unique id, so routes that keep state do not mix tests. */
export const uid = (): string => Math.random().toString(36).slice(2);

/** The 10 "Các tin khác" items from the model page (the demo's data), pictures resolved against that file. */
export async function modelNews(): Promise<NewsItemInput[]> {
  const file = new URL('/demo/data/tin-tuc.json', location.href);
  const { items } = (await (await fetch(file)).json()) as { items: NewsItemInput[] };
  return items.map((item) =>
    item.image && typeof item.image === 'object' && item.image.src
      ? { ...item, image: { ...item.image, src: new URL(item.image.src, file).href } }
      : item,
  );
}

/**
 * One bad source: a name for the test, the `src`, technical text visitors must never read (it goes
 * to `gov-error` and the console), the developer message.
 */
export type FailureCase = [name: string, src: string, hidden: string, developerMessage: string];

/** Technical words that belong in `gov-error` and the console, never in what a visitor reads. */
const TECHNICAL = /HTTP|JSON|RSS|Atom|HTML|\b[45]\d\d\b|lỗi mạng|network|cấu trúc|shape/i;

/**
 * Asserts the calm error state: one message naming the box ("Chưa tải được Thông báo. Thử lại sau
 * ít phút."), read as a live region (`alert` for one box per page, `status` for the rest), nothing
 * technical, and "Thử lại" outside the message, named with its box ("Thử lại: Thông báo").
 */
export function expectCalmError(el: Element, lang: 'vi' | 'en' = 'vi'): void {
  const vi = lang === 'vi';
  // The article has no heading bar: its box is "nội dung này".
  const name = textOf(el.shadowRoot!.querySelector('[part~="heading"]')) || (vi ? 'nội dung này' : 'this content');
  const message = one(el, '[part~="message"]');
  expect(['alert', 'status']).to.include(message.getAttribute('role'));
  expect(textOf(message)).to.equal(
    vi ? `Chưa tải được ${name}. Thử lại sau ít phút.` : `Could not load ${name}. Please try again in a few minutes.`,
  );
  expect(el.shadowRoot!.textContent ?? '').not.to.match(TECHNICAL);
  const retry = one(el, '[part~="retry"]');
  expect(message.contains(retry), 'the button is outside the message').to.equal(false);
  expect(textOf(retry)).to.equal(vi ? 'Thử lại' : 'Try again');
  expect(retry.getAttribute('aria-label')).to.equal(`${vi ? 'Thử lại' : 'Try again'}: ${name}`);
}

/**
 * One test per case: the element `tag` with that `src` fires `gov-error` (with `src` and the
 * developer message), shows the calm message naming its box and "Thử lại" (`expectCalmError`),
 * never the technical text, passes `alsoCheck` and is accessible.
 * Item warnings are silenced while it runs.
 */
export function itShowsEachError(tag: string, failures: FailureCase[], alsoCheck?: (el: HTMLElement) => void): void {
  for (const [name, src, hidden, developerMessage] of failures) {
    it(`shows a localized error with "Thử lại" and fires gov-error for ${name}`, async () => {
      const warn = console.warn;
      console.warn = () => {};
      const el = document.createElement(tag);
      el.setAttribute('src', src);
      const error = nextError(el);
      document.body.append(el);
      try {
        const detail = (await error) as { src: string; error: Error };
        await waitForState(el as unknown as StatefulElement, 'error');
        expect(detail.src).to.equal(src);
        expect(detail.error.message).to.contain(developerMessage);
        expectCalmError(el);
        expect(el.shadowRoot!.textContent).not.to.contain(hidden);
        alsoCheck?.(el);
        await expect(el).to.be.accessible();
      } finally {
        console.warn = warn;
        el.remove();
      }
    });
  }
}

/** The system colours forced-colours mode paints text and its ground with. */
export interface SystemColors {
  color: string;
  backgroundColor: string;
}

/**
 * Runs `check` in forced-colours mode (Windows high contrast, emulated), given the system's text and
 * canvas colours as a probe computes them; forced colours are off again afterwards, whatever happens.
 */
export async function inForcedColors(check: (system: SystemColors) => unknown): Promise<void> {
  const probe = document.createElement('span');
  probe.style.cssText = 'color: CanvasText; background: Canvas';
  document.body.append(probe);
  try {
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    const { color, backgroundColor } = getComputedStyle(probe);
    await check({ color, backgroundColor });
  } finally {
    await executeServerCommand('emulate-forced-colors', { value: 'none' });
    probe.remove();
  }
}
