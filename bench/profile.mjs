// Where the time goes in one "render n news items" sample of the benchmark: a CPU profile (CDP
// Profiler, 50 µs sampling) of several fresh pages, summed by function, self time per page, largest
// first. Positions in the minified bundle can be looked up in dist/gov-portal-elements.bundle.js.
//   node bench/profile.mjs [items=1000] [lit|dom] [pages=8]      (after `npm run build`)
import { startHarness } from './harness.mjs';

const [n = 1000, impl = 'lit', pages = 8] = process.argv.slice(2).map((a, i) => (i === 1 ? a : Number(a)));
const harness = await startHarness();
await harness.serveElementStyles();

const self = new Map();
for (let i = 0; i < pages; i++) {
  const context = await harness.browser.newContext({ viewport: harness.viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(`${harness.origin}/bench/page.html?run=render&impl=${impl}&n=${n}`);
  await page.waitForFunction(() => window.__result);
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  profile.samples.forEach((id, k) => {
    const f = nodes.get(id);
    const key = `${f.functionName || '(anonymous)'}  ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + profile.timeDeltas[k] / 1000);
  });
  await context.close();
}
console.log(`self time per page, ms (${pages} pages, ${n} items, ${impl})`);
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.log(`${(ms / pages).toFixed(2).padStart(8)}  ${key}`);
}
await harness.close();
