// `node bench/run.mjs --only=feeds`: a 5,000-item RSS feed into <gov-news-list limit="10">
// (bench/feed-large.js). The target: no main-thread task over 200 ms from `src` to the rendered list.

/** Runs the feed scenario with the harness's `sample`; prints a line and returns the figures. */
export async function runFeeds({ sample, samples, median, ms }) {
  const runs = [];
  for (let i = 0; i < samples; i++) runs.push(await sample('/bench/page.html?run=feed-large&n=5000'));
  const row = {
    samples: runs.length,
    n: 5000,
    bytes: runs[0].bytes,
    ms: median(runs.map((r) => r.ms)),
    longestMedian: median(runs.map((r) => r.longest)),
    longestMax: Math.max(...runs.map((r) => r.longest)),
    items: runs[0].items,
    state: runs[0].state,
  };
  console.log(`5,000-item RSS feed (${(row.bytes / 1e6).toFixed(1)} MB) → <gov-news-list limit="10"> via src (${row.samples} fresh pages)`);
  console.log(
    `  src → rendered: median ${ms(row.ms)} ms; longest main-thread task: median ${ms(row.longestMedian)} ms, worst ${ms(row.longestMax)} ms ` +
      `(target < 200 ms: ${row.longestMax < 200 ? 'met' : 'MISSED'}); ${row.items} items shown, state ${row.state}`,
  );
  console.log('');
  return row;
}
