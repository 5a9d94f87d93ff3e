// What "nothing hostile got through" means, checked on the rendered DOM of an element, its nested
// shadow roots included; a guard that keeps clicks from navigating; and the canary.

/** The schemes a rendered URL may have (the library's allowlist). */
const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Attributes that hold a URL the browser may load or navigate to. */
const urlAttributes = new Set([
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'poster',
  'background',
  'data',
  'codebase',
  'cite',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'manifest',
  'ping',
  'srcset',
  'imagesrcset',
]);

/** Elements the library never creates: any of them in a shadow root came from data. */
const forbiddenTags = new Set([
  'script',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'form',
  'style',
  'portal',
  'foreignobject',
  'animate',
  'set',
  'animatemotion',
  'animatetransform',
  'handler',
  'listener',
]);

/** The iframe hosts `<gov-video-list>` may create after play. */
const playerHosts = new Set(['www.youtube-nocookie.com', 'player.vimeo.com']);

/** Every element under `root`, entering open shadow roots and template contents, depth first. */
export function* walk(root: Node): Generator<Element> {
  const children = root instanceof HTMLTemplateElement ? root.content.childNodes : root.childNodes;
  for (const node of children) {
    if (!(node instanceof Element)) continue;
    yield node;
    if (node.shadowRoot) yield* walk(node.shadowRoot);
    yield* walk(node);
  }
}

/** Every element rendered by `host`: its shadow tree and the shadow trees nested in it. */
export function rendered(host: Element): Element[] {
  return host.shadowRoot ? [...walk(host.shadowRoot)] : [];
}

/** The text a visitor sees in `host`'s shadow trees (slotted light DOM excluded), whitespace folded. */
export function renderedText(host: Element): string {
  const parts: string[] = [];
  const collect = (root: Node): void => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      else if (node instanceof Element) {
        if (node.shadowRoot) collect(node.shadowRoot);
        collect(node);
      }
    }
  };
  if (host.shadowRoot) collect(host.shadowRoot);
  return fold(parts.join(' '));
}

/** Whitespace folded and trimmed, as text is compared in these tests. */
export const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The scheme of a URL as the browser would read it, or '' for a relative one. */
export function protocolOf(value: string): string {
  try {
    return new URL(value, document.baseURI).protocol;
  } catch {
    return 'invalid:';
  }
}

/** A URL value the browser would treat as script or active content. */
function dangerous(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  const v = value.replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u205f\u3000\ufeff]/g, '');
  return /^(javascript|vbscript|livescript):|^data:(text\/html|image\/svg|application\/(xhtml|xml))/i.test(v);
}

function describe(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host;
  const attrs = [...el.attributes].map((a) => `${a.name}="${a.value.slice(0, 60)}"`).join(' ');
  return `<${el.localName}${attrs ? ' ' + attrs : ''}>${host ? ` in <${host.localName}>` : ''}`;
}

/**
 * What is wrong with what `host` rendered: on* attributes, script/vbscript/data URLs (or any URL
 * outside the allowlist) in a URL attribute, elements that only data could have put there, iframes
 * other than the video player's, and new-window links without `rel="noopener noreferrer"`.
 */
export function audit(host: Element): string[] {
  const findings: string[] = [];
  for (const el of rendered(host)) {
    const tag = el.localName.toLowerCase();
    if (forbiddenTags.has(tag)) findings.push(`forbidden element ${describe(el)}`);
    if (tag === 'iframe') {
      const owner = (el.getRootNode() as ShadowRoot).host?.localName;
      let ok = false;
      try {
        const url = new URL(el.getAttribute('src') ?? '');
        ok = owner === 'gov-video-list' && url.protocol === 'https:' && playerHosts.has(url.hostname);
      } catch {
        ok = false;
      }
      if (!ok || el.hasAttribute('srcdoc')) findings.push(`iframe the element did not create itself: ${describe(el)}`);
    }
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) findings.push(`event handler attribute ${name} on ${describe(el)}`);
      if (name === 'srcdoc') findings.push(`srcdoc on ${describe(el)}`);
      if (dangerous(attr.value) && (urlAttributes.has(name) || ['to', 'from', 'by', 'values'].includes(name))) {
        findings.push(`script URL in ${name} of ${describe(el)}`);
        continue;
      }
      if (urlAttributes.has(name)) {
        const values = name.endsWith('srcset') ? attr.value.split(',').map((c) => c.trim().split(/\s+/)[0]) : [attr.value];
        for (const v of values) {
          if (v && !allowedProtocols.has(protocolOf(v))) findings.push(`${protocolOf(v)} URL in ${name} of ${describe(el)}`);
        }
      }
    }
    const target = el.getAttribute('target');
    if (target !== null && target !== '' && target.toLowerCase() !== '_self') {
      const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) {
        findings.push(`target=${target} without rel="noopener noreferrer" on ${describe(el)}`);
      }
    }
  }
  return findings;
}

type Canary = typeof globalThis & { __pwned?: unknown; __navigations?: string[] };
const w = window as Canary;

/**
 * Arms the canary and keeps the page where it is: alert/confirm/prompt set `window.__pwned`; every
 * click on a link is checked against the allowlist and its navigation cancelled, and so is every
 * navigation started from script (the article's "Quay lại" going to `back-href`); form submissions
 * are cancelled; `print`, `history.back` and `window.open` are stubbed. Returns a disarm function
 * and the list of problems seen (links outside the allowlist that were clicked, windows opened).
 */
export function armCanary(): { problems: string[]; printed: () => number; disarm: () => void } {
  const problems: string[] = [];
  let prints = 0;
  w.__pwned = undefined;
  const saved = {
    alert: window.alert,
    confirm: window.confirm,
    prompt: window.prompt,
    print: window.print,
    open: window.open,
  };
  const pwn = (): undefined => {
    w.__pwned = 1;
    return undefined;
  };
  window.alert = pwn;
  window.confirm = (() => (pwn(), false)) as typeof window.confirm;
  window.prompt = (() => (pwn(), null)) as typeof window.prompt;
  window.print = () => void prints++;
  window.open = ((url?: string | URL) => {
    problems.push(`window.open(${String(url)})`);
    return null;
  }) as typeof window.open;
  const history = window.history as History & { back: () => void };
  history.back = () => {};

  const linkOf = (e: Event): Element | undefined =>
    e
      .composedPath()
      .find((n): n is Element => n instanceof HTMLAnchorElement || n instanceof HTMLAreaElement || n instanceof SVGAElement);
  // Capture: check where the link goes before anything else runs.
  const check = (e: Event): void => {
    const link = linkOf(e);
    if (!link) return;
    const href = link instanceof SVGAElement ? link.href.baseVal : (link.getAttribute('href') ?? '');
    if (href && (dangerous(href) || !allowedProtocols.has(protocolOf(href)))) {
      problems.push(`clicked a link to ${href.slice(0, 80)}`);
      e.preventDefault();
    }
  };
  // Bubble, last: whatever the element did, the page does not navigate.
  const stop = (e: Event): void => {
    if (linkOf(e) || e.type === 'submit') e.preventDefault();
  };
  // Navigations from script (location.assign…), seen through the Navigation API: checked, then cancelled.
  const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
  const leave = (e: Event): void => {
    const { url } = (e as Event & { destination: { url: string } }).destination;
    if (dangerous(url) || !allowedProtocols.has(protocolOf(url))) problems.push(`navigated to ${url.slice(0, 80)}`);
    e.preventDefault();
  };
  navigation?.addEventListener('navigate', leave);
  window.addEventListener('click', check, true);
  window.addEventListener('click', stop);
  window.addEventListener('auxclick', stop);
  document.addEventListener('submit', stop, true);
  return {
    problems,
    printed: () => prints,
    disarm() {
      Object.assign(window, saved);
      delete (history as Partial<History>).back;
      navigation?.removeEventListener('navigate', leave);
      window.removeEventListener('click', check, true);
      window.removeEventListener('click', stop);
      window.removeEventListener('auxclick', stop);
      document.removeEventListener('submit', stop, true);
    },
  };
}

/** True when the canary fired. */
export const pwned = (): boolean => w.__pwned !== undefined;

/** Things a visitor can activate: links, buttons and their look-alikes. */
const clickable =
  'a, area, button, summary, [role="button"], [role="link"], input[type="button"], input[type="submit"], input[type="image"]';

/**
 * Clicks every link and button the hosts render, again as clicks reveal new ones (paging,
 * players), at most `max` clicks per host. Forms get a submit guard first (submit events do not
 * cross shadow boundaries).
 */
export async function clickEverything(hosts: Element | Element[], max = 400): Promise<number> {
  const list = Array.isArray(hosts) ? hosts : [hosts];
  const done = new WeakSet<Element>();
  const counts = new Map<Element, number>();
  let clicks = 0;
  for (let round = 0; round < 5; round++) {
    let fresh = 0;
    for (const host of list) {
      for (const el of rendered(host)) {
        if (done.has(el) || !el.matches(clickable) || (counts.get(host) ?? 0) >= max) continue;
        done.add(el);
        fresh++;
        counts.set(host, (counts.get(host) ?? 0) + 1);
        (el as HTMLButtonElement).form?.addEventListener('submit', (e) => e.preventDefault(), { once: true });
        if (!el.isConnected) continue;
        if (el instanceof HTMLElement) el.click();
        else el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
        clicks++;
      }
    }
    if (fresh === 0) break;
    await settle(list);
  }
  return clicks;
}

/** Waits for the elements (and elements nested in their shadow trees) to finish rendering. */
export async function settle(hosts: Element | Element[]): Promise<void> {
  const list = Array.isArray(hosts) ? hosts : [hosts];
  for (let i = 0; i < 3; i++) {
    const pending = list
      .flatMap((host) => [host, ...rendered(host)])
      .map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
      .filter(Boolean);
    await Promise.all(pending);
    await new Promise((r) => setTimeout(r, 0));
  }
}
