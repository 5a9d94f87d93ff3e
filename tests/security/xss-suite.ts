// Every payload of tests/fixtures/xss-corpus.json in every text field of an element, in each of its
// layouts (and, for <gov-article>, in its body): nothing runs (the canary stays unset even after
// every link and button is clicked), and nothing active is rendered in any shadow root.
// One test file per element (xss-<element>.test.ts) keeps each file well inside the runner's limit.
import { expect } from '@open-wc/testing';
import { armCanary, audit, clickEverything, fold, pwned, renderedText } from './audit.js';
import { available, create, failMissing, specs, type ElementSpec, type Variant } from './elements.js';
import { cdata, loadCorpus, quietly, settled, sleep, stash, xml, type Payload } from './support.js';

const label = (v: Variant): string =>
  Object.entries(v.attrs)
    .filter(([, value]) => value !== '{p}')
    .map(([k, value]) => (value ? `${k}=${value}` : k))
    .join(' ') + (v.property === false ? ' (attributes only)' : '');

/** Renders one instance per payload, audits, clicks everything, audits again; returns the findings. */
async function attack(spec: ElementSpec, variant: Variant, list: Payload[]): Promise<string[]> {
  const findings: string[] = [];
  const guard = armCanary();
  const box = document.createElement('div');
  document.body.append(box);
  try {
    const els = list.map(({ payload }) => {
      const data = spec.list ? [spec.hostile(payload, true), spec.hostile(payload, false)] : spec.hostile(payload, true);
      const el = create(spec, data, variant, payload);
      box.append(el);
      return el;
    });
    await quietly(() => Promise.all(els.map((el) => settled(el))));
    els.forEach((el, i) => {
      const { id, payload } = list[i];
      for (const f of audit(el)) findings.push(`${id}: ${f}`);
      if (!renderedText(el).includes(fold(spec.shows(payload)))) {
        findings.push(`${id}: the payload is not shown as text (state ${el.getAttribute('state')})`);
      }
    });
    await clickEverything(els);
    els.forEach((el, i) => {
      for (const f of audit(el)) findings.push(`${list[i].id} after clicks: ${f}`);
    });
    await sleep(300); // onerror/onload handlers of broken images would have run by now
    for (const p of guard.problems) findings.push(p);
    if (pwned()) findings.push('window.__pwned was set');
  } finally {
    guard.disarm();
    box.remove();
    localStorage.removeItem('gov-article-text-size');
  }
  return findings;
}

/** An RSS 2.0 feed with each payload as title (text), description (CDATA), link, category, date and image. */
function rssOf(list: string[]): string {
  const items = list
    .map(
      (p) => `<item>
      <title>${xml(p)}</title>
      <link>${xml(p)}</link>
      <description>${cdata(p)}</description>
      <category>${xml(p)}</category>
      <pubDate>${xml(p)}</pubDate>
      <enclosure url="${xml(p)}" type="image/png" length="1"/>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin</title>${items}</channel></rss>`;
}

/** HTML as a tree, attributes sorted: two serializations of the same DOM compare equal. */
function canonical(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out = (node: Node): string => {
    if (node instanceof Element) {
      const attrs = [...node.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
      return `<${node.localName} ${attrs.join(' ')}>${[...node.childNodes].map(out).join('')}</${node.localName}>`;
    }
    return node.nodeType === Node.TEXT_NODE ? JSON.stringify(node.textContent) : '';
  };
  return [...template.content.childNodes].map(out).join('');
}

/** Registers the hostile-text tests of one element. */
export async function xssSuite(tag: string): Promise<void> {
  const spec = specs.find((s) => s.tag === tag)!;
  const { payloads } = await loadCorpus();
  const { missing } = await available();

  describe(`security: hostile text in <${tag}>`, function () {
    this.timeout(100000);

    if (missing.includes(tag)) {
      failMissing(tag);
      return;
    }

    it(`the corpus has at least 60 payloads from the public cheat sheets (${payloads.length})`, () => {
      expect(payloads.length).to.be.at.least(60);
      const sources = new Set(payloads.map((p) => p.source));
      for (const s of ['owasp', 'portswigger', 'dompurify', 'mxss']) expect(sources.has(s), s).to.be.true;
      expect(new Set(payloads.map((p) => p.id)).size).to.equal(payloads.length);
    });

    for (const variant of spec.variants) {
      it(`${label(variant) || 'default'}: ${payloads.length} payloads in every text field run nothing and render nothing active`, async () => {
        const findings = await attack(spec, variant, payloads);
        expect(findings, findings.slice(0, 20).join('\n')).to.deep.equal([]);
      });
    }

    if (spec.list) {
      it('payloads in JSON from src and in an RSS feed stay text', async () => {
        const guard = armCanary();
        const findings: string[] = [];
        try {
          const json = await stash(JSON.stringify({ items: payloads.map(({ payload }) => spec.hostile(payload, true)) }));
          const rss = await stash(rssOf(payloads.map((p) => p.payload)), 'application/rss+xml');
          for (const src of [`/api/sec/serve?id=${json}`, `/api/sec/serve?id=${rss}`]) {
            const el = create(spec, undefined, { attrs: { src, limit: '1000' } });
            document.body.append(el);
            const state = await quietly(() => settled(el));
            expect(state, src).to.equal('ready');
            findings.push(...audit(el).map((f) => `${src}: ${f}`));
            await clickEverything(el, 800);
            findings.push(...audit(el).map((f) => `${src} after clicks: ${f}`));
            el.remove();
          }
          await sleep(300);
          findings.push(...guard.problems);
          if (pwned()) findings.push('window.__pwned was set');
        } finally {
          guard.disarm();
        }
        expect(findings, findings.slice(0, 20).join('\n')).to.deep.equal([]);
      });
    }

    if (tag === 'gov-article') {
      it('the body sanitizer is stable: sanitizing its own output again changes nothing', async () => {
        const { sanitizeHtml } = await import('../../src/core/sanitize.js');
        const problems: string[] = [];
        for (const { id, payload } of payloads) {
          const once = await sanitizeHtml(payload);
          // Reparse as a browser does when the body is set as innerHTML (here a <template>), then sanitize again: a mutation between
          // the two parses is how mutation XSS gets past sanitizers.
          const template = document.createElement('template');
          template.innerHTML = once;
          const again = await sanitizeHtml(template.innerHTML);
          if (canonical(again) !== canonical(once)) problems.push(`${id}: ${JSON.stringify(once)} → ${JSON.stringify(again)}`);
          for (const el of template.content.querySelectorAll('*')) {
            for (const a of el.attributes) if (/^on/i.test(a.name)) problems.push(`${id}: ${a.name} kept on <${el.localName}>`);
          }
        }
        expect(problems, problems.slice(0, 10).join('\n')).to.deep.equal([]);
      });
    }
  });
}
