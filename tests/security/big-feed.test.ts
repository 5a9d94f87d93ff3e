// A 5 MB feed of 20,000 items, for every list element: it renders only the `limit` items it shows
// (rendering all 20,000 is what freezes a page). How long parsing and rendering take is measured by
// the benchmarks (BENCHMARKS.md: "parse + validate a 20,000-item feed", "20,000 items"), not here.
import { expect } from '@open-wc/testing';
import { renderedText } from './audit.js';
import { available, create, specs } from './elements.js';
import { describeEachElement, settled } from './support.js';

const { missing } = await available();

describe('security: a 5 MB feed of 20,000 items', function () {
  this.timeout(60000);

  describeEachElement(
    specs.filter((s) => s.big),
    missing,
    (spec) => {
      it('a 5 MB feed of 20,000 items renders only the `limit` items it shows', async () => {
        const src = `/api/sec/big?shape=${spec.big}&n=20000&t=${Date.now()}`;
        const el = create(spec, undefined, {
          attrs: { src, limit: '10', layout: spec.tag === 'gov-video-list' ? 'grid' : '' },
        });
        // Without a `limit`, every one of the 20,000 items is rendered (a page freeze of tens of seconds).
        expect('limit' in el, `<${spec.tag}> has a \`limit\` property`).to.be.true;
        document.body.append(el);
        try {
          expect(await settled(el, 30000)).to.equal('ready');
          const entry = performance.getEntriesByName(new URL(src, location.href).href)[0] as PerformanceResourceTiming;
          expect(entry?.decodedBodySize ?? 0, 'the feed really is over 5 MB').to.be.greaterThan(5_000_000);
          const text = renderedText(el);
          expect(text).to.contain('Tin số 1:');
          expect(text).to.contain('Tin số 10:');
          expect(text, 'the 11th item is beyond limit=10').not.to.contain('Tin số 11:');
          expect(text).not.to.contain('Tin số 20000:');
        } finally {
          el.remove();
        }
      });
    },
  );
});
