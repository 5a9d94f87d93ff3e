// Inline styles and event handlers out of untrusted HTML, before a parser sees them.

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/** `dirty` without its `<style>…</style>` elements (an unclosed one is left to the sanitizer). */
function withoutStyleElements(dirty: string): string {
  const open = /<style[\s/>]/gi;
  const close = /<\/style[\s/>]/gi;
  let out = '';
  let from = 0;
  for (;;) {
    open.lastIndex = from;
    const start = open.exec(dirty);
    close.lastIndex = start ? start.index : 0;
    const stop = start && close.exec(dirty);
    const end = stop ? dirty.indexOf('>', stop.index) : -1;
    if (!start || end < 0) break;
    out += dirty.slice(from, start.index);
    from = end + 1;
  }
  return out + dirty.slice(from);
}

/**
 * Takes `<style>` elements and `style` / `on…` attributes out of untrusted HTML before it is
 * parsed (by DOMPurify for an article body, by the feed reader for an RSS description). They are
 * dropped anyway, but merely parsing them makes Chromium report CSP violations (style-src-attr,
 * script-src-attr, style-src-elem) on a page whose CSP forbids inline styles and handlers, though
 * nothing runs: the site's CSP reports would fill with false alarms.
 * It reads start tags as the HTML tokenizer does (quoted and unquoted values), in linear time, and
 * leaves text alone. Whatever it misses is still removed after parsing: the page's safety never depends on it.
 */
export function stripInline(dirty: string): string {
  const s = withoutStyleElements(dirty);
  const n = s.length;
  let out = '';
  let i = 0;
  while (i < n) {
    const lt = s.indexOf('<', i);
    if (lt < 0 || !/[a-z]/i.test(s[lt + 1] ?? '')) {
      // Text (or a `<` that starts no tag) up to the next `<`.
      const next = lt < 0 ? n : lt + 1;
      out += s.slice(i, next);
      i = next;
      continue;
    }
    out += s.slice(i, lt);
    let j = lt + 1;
    while (j < n && !isSpace(s[j]) && s[j] !== '/' && s[j] !== '>') j++;
    out += s.slice(lt, j); // `<name`
    for (;;) {
      const gap = j;
      while (j < n && (isSpace(s[j]) || s[j] === '/')) j++;
      if (j >= n || s[j] === '>') {
        out += s.slice(gap, j);
        break;
      }
      const nameStart = j;
      j++; // an attribute name may start with "="
      while (j < n && !isSpace(s[j]) && s[j] !== '/' && s[j] !== '>' && s[j] !== '=') j++;
      const name = s.slice(nameStart, j).toLowerCase();
      let k = j;
      while (isSpace(s[k])) k++;
      let end = j;
      if (s[k] === '=') {
        k++;
        while (isSpace(s[k])) k++;
        const quote = s[k];
        if (quote === '"' || quote === "'") {
          const closing = s.indexOf(quote, k + 1);
          end = closing < 0 ? n : closing + 1;
        } else {
          end = k;
          while (end < n && !isSpace(s[end]) && s[end] !== '>') end++;
        }
      }
      out += s.slice(gap, nameStart);
      if (name !== 'style' && !name.startsWith('on')) out += s.slice(nameStart, end);
      j = end;
    }
    if (j < n) out += '>';
    i = j + 1;
  }
  return out;
}
