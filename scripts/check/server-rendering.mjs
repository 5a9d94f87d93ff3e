// npm run test:ssr: the server renderer's Node tests (tests/ssr/*.test.mjs) against the sources as
// they are now (compiled by scripts/build/compile-for-node.mjs). It first writes the server output that the browser
// test tests/ssr-hydration.test.ts hydrates. One file, tests/ssr/hydrate-bundle.test.mjs, checks the drop-in
// hydration bundle in Chromium and needs `npm run build` first. The last line is `ssr: N passed, N failed`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';
import { buildElements } from '../build/compile-for-node.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
process.env.GOV_PORTAL_ELEMENTS_DIST = await buildElements();
const { writeFixture } = await import('./hydration-fixture.mjs');
await writeFixture();
const dir = join(root, 'tests/ssr');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => join(dir, f));

let passed = 0;
let failed = 0;
const stream = run({ files, concurrency: 1 });
stream.on('test:pass', (e) => {
  if (e.details.type !== 'suite') passed++;
});
stream.on('test:fail', (e) => {
  if (e.details.type !== 'suite') failed++;
});
// The report is written out in full before the count, so the count is the last line.
for await (const chunk of stream.compose(spec)) process.stdout.write(chunk);
console.log(`ssr: ${passed} passed, ${failed} failed`);
process.exitCode = failed || !passed ? 1 : 0;
