// A long feed split into documents of a few hundred items, so no single parse blocks the page.

/** Feeds longer than this are parsed in parts of about this size (a 5,000-item feed is 3–4 MB). */
const PART_CHARS = 200_000;

/** Items and entries at any depth, with CDATA sections and comments skipped (they may hold "</item>"). */
const TAGS = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<(\/?)(?:[\w.-]+:)?(?:item|entry)(?=[\s/>])[^>]*>/g;

/** Where each outermost `<item>` or `<entry>` starts and ends; `[]` when the text is not that regular. */
function spans(xml: string): [number, number][] {
  const found: [number, number][] = [];
  let depth = 0;
  let start = 0;
  TAGS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = TAGS.exec(xml));) {
    const tag = m[0];
    if (tag.startsWith('<!')) continue;
    if (m[1]) {
      if (--depth < 0) return [];
      if (depth === 0) found.push([start, TAGS.lastIndex]);
    } else if (tag.endsWith('/>')) {
      if (depth === 0) found.push([m.index, TAGS.lastIndex]);
    } else if (depth++ === 0) start = m.index;
  }
  return depth === 0 ? found : [];
}

/**
 * The texts to parse for `xml`: itself when it is short, else one document per part, each made of
 * everything before the first item (the root, the channel and their namespaces and xml:base),
 * a run of items, and everything after the last one. Reading them one by one gives the same items
 * as the whole document.
 */
export function feedParts(xml: string): string[] {
  if (xml.length <= PART_CHARS) return [xml];
  const items = spans(xml);
  if (items.length < 2) return [xml];
  const head = xml.slice(0, items[0][0]);
  const tail = xml.slice(items[items.length - 1][1]);
  const parts: string[] = [];
  let from = items[0][0];
  let to = from;
  for (const [, end] of items) {
    if (end - from > PART_CHARS && to > from) {
      parts.push(head + xml.slice(from, to) + tail);
      from = to;
    }
    to = end;
  }
  parts.push(head + xml.slice(from, to) + tail);
  return parts;
}
