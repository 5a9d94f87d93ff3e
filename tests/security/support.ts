// Small helpers shared by the security tests.
import { waitUntil } from '@open-wc/testing';
import { uid } from '../helpers.js';
import { failMissing, unviewed, type ElementSpec } from './elements.js';

export interface Payload {
  id: string;
  source: string;
  payload: string;
}

export interface Corpus {
  payloads: Payload[];
  urls: { blocked: string[]; allowed: Array<{ input: string; note: string; link?: boolean }> };
}

/** tests/fixtures/xss-corpus.json. */
export async function loadCorpus(): Promise<Corpus> {
  return (await fetch('/tests/fixtures/xss-corpus.json')).json() as Promise<Corpus>;
}

/** Timers captured before any test wraps them. */
const nativeSetTimeout = window.setTimeout.bind(window);
export const sleep = (ms: number): Promise<void> => new Promise((r) => nativeSetTimeout(r, ms));

/** Waits until `el` has left the loading state (ready, empty or error), then for its render. */
export async function settled(el: HTMLElement & { updateComplete?: Promise<unknown> }, timeout = 15000): Promise<string> {
  await waitUntil(() => ['ready', 'empty', 'error'].includes(el.getAttribute('state') ?? ''), `<${el.localName}> never settled`, {
    timeout,
    interval: 20,
  });
  await el.updateComplete;
  return el.getAttribute('state') ?? '';
}

/**
 * One `describe('<tag>')` per element of `list`, holding the tests `body` registers for it; an
 * element whose module did not load (in `missing`, from `available()`) gets a failing test instead.
 */
export function describeEachElement(list: ElementSpec[], missing: string[], body: (spec: ElementSpec) => void): void {
  for (const spec of list) {
    describe(`<${spec.tag}>`, () => {
      if (missing.includes(spec.tag)) {
        failMissing(spec.tag);
        return;
      }
      body(spec);
    });
  }
  // A catalogued element without a security view fails here rather than going untested.
  for (const tag of unviewed) describe(`<${tag}>`, () => failMissing(tag));
}

/** Keeps `body` on the test server under a fresh id; returns the id. */
export async function stash(body: string, type = 'application/json', id = uid()): Promise<string> {
  const res = await fetch(`/api/sec/stash?id=${id}&type=${encodeURIComponent(type)}`, { method: 'POST', body });
  if (!res.ok) throw new Error(`stash failed: ${res.status}`);
  return id;
}

/** What the test server saw for `id`. */
export async function serverLog(id: string): Promise<{ hits: number; started: number; completed: number; aborted: number }> {
  return (await fetch(`/api/sec/log?id=${id}`)).json() as Promise<{
    hits: number;
    started: number;
    completed: number;
    aborted: number;
  }>;
}

/** Silences console.warn (skipped items warn by design) while `fn` runs. */
export async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await fn();
  } finally {
    console.warn = warn;
  }
}

/** Escapes text for XML; drops characters XML 1.0 cannot carry at all. */
export function xml(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** `s` inside CDATA sections (a `]]>` in it is split across two sections). */
export function cdata(s: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
  return `<![CDATA[${clean.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}
