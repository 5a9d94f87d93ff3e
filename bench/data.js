// Benchmark data: news items built from the model page's titles (the demo's demo/data/tin-tuc.json), any count.

/** The 10 "Các tin khác" items of the model page. */
export async function modelNews() {
  const res = await fetch('/demo/data/tin-tuc.json');
  return (await res.json()).items;
}

/**
 * `n` news items cycling through the model items: same titles, dates (dd/MM/yyyy, as the demo's data
 * has them) and summaries; each gets its own URL so no two items are identical.
 */
export function newsItems(model, n) {
  return Array.from({ length: n }, (_, i) => {
    const m = model[i % model.length];
    return { title: m.title, url: `/tin-tuc/${i + 1}-${m.url.split('/').pop()}`, date: m.date, summary: m.summary };
  });
}

/** The same items as an RSS 2.0 document (dates in RFC 822, as feeds carry them). */
export function newsRss(items) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rfc822 = (d) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d) ?? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(d);
    const [y, mo, da] = m[1].length === 4 ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
    return new Date(Date.UTC(+y, +mo - 1, +da, 8)).toUTCString();
  };
  return (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin tức</title>' +
    items
      .map(
        (it) =>
          `<item><title>${esc(it.title)}</title><link>https://gialoc.example.vn${it.url}</link>` +
          `<pubDate>${rfc822(it.date)}</pubDate><description>${esc(it.summary ?? '')}</description></item>`,
      )
      .join('') +
    '</channel></rss>'
  );
}
