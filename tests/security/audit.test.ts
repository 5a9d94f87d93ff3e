// The security tests are only as good as their detectors: a deliberately unsafe element must be
// caught by every one of them (audit, click guard, canary).
import { expect } from '@open-wc/testing';
import { armCanary, audit, clickEverything, pwned, renderedText } from './audit.js';
import { sleep } from './support.js';

/** Renders its `html` property as HTML into its shadow root, nested one shadow level down. */
class UnsafeProbe extends HTMLElement {
  set html(value: string) {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    inner.attachShadow({ mode: 'open' }).innerHTML = value;
    root.replaceChildren(inner);
  }
}
customElements.define('unsafe-probe', UnsafeProbe);

function probe(html: string): UnsafeProbe {
  const el = document.createElement('unsafe-probe') as UnsafeProbe;
  document.body.append(el);
  el.html = html;
  return el;
}

describe('security: the detectors catch an unsafe element', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['an event handler attribute', '<img src="/x.png" onerror="1">', /event handler attribute onerror/],
    ['a javascript: link', '<a href=" JaVa\tScRiPt:alert(1)">x</a>', /script URL in href/],
    ['a data:text/html link', '<a href="data:text/html,x">x</a>', /script URL in href/],
    ['a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', /script URL in href/],
    ['a blob: link', '<a href="blob:http://x/1">x</a>', /blob: URL in href/],
    ['a script element', '<script>1</script>', /forbidden element <script/],
    ['an iframe', '<iframe src="/x.html"></iframe>', /iframe the element did not create/],
    ['a form', '<form action="https://example.invalid/"><input></form>', /forbidden element <form/],
    ['an SVG animate that sets href', '<svg><a><animate attributeName="href" values="javascript:1"/></a></svg>', /animate/],
    ['a new-window link without noopener', '<a href="https://example.vn/" target="_blank">x</a>', /without rel/],
  ];
  for (const [name, html, finding] of cases) {
    it(`audit() flags ${name}, in a nested shadow root`, () => {
      const el = probe(html);
      try {
        expect(audit(el).join('\n')).to.match(finding);
      } finally {
        el.remove();
      }
    });
  }

  it('audit() passes plain safe markup', () => {
    const el = probe('<a href="/tin-tuc/1.html">Tin</a><a href="mailto:a@b.vn">Thư</a><img src="/a.svg" alt="">');
    try {
      expect(audit(el)).to.deep.equal([]);
      expect(renderedText(el)).to.equal('Tin Thư');
    } finally {
      el.remove();
    }
  });

  it('the canary fires on script that runs, and the click guard reports a javascript: link that was clicked', async () => {
    const guard = armCanary();
    const el = probe(
      '<img src="/no-such-image.png" onerror="alert(1)"><a href="javascript:void 0">x</a><a href="/tin-tuc/1.html">y</a>',
    );
    try {
      await sleep(300);
      expect(pwned()).to.be.true;
      const clicks = await clickEverything(el);
      expect(clicks).to.equal(2);
      expect(guard.problems.join('\n')).to.match(/clicked a link to javascript:void 0/);
      expect(location.pathname).not.to.equal('/tin-tuc/1.html'); // the safe link did not navigate either
    } finally {
      guard.disarm();
      el.remove();
    }
    expect(pwned()).to.be.true; // stays set until the next armCanary()
    armCanary().disarm();
    expect(pwned()).to.be.false;
  });
});
