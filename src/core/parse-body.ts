import { GovDataError } from './errors.js';

/**
 * Turns a response body into data: XML (by content type, or a body that starts with `<`) is read
 * as an RSS or Atom feed, everything else as JSON. The feed reader is loaded only when a feed
 * arrives, so JSON-only pages never download it.
 */
export async function parseBody(text: string, contentType: string): Promise<unknown> {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) throw new GovDataError('empty-body', 'The response body is empty');
  const looksXml = body.startsWith('<');
  if (looksXml && /html/i.test(contentType)) throw new GovDataError('html', 'The response is an HTML page, not data');
  if (looksXml || /xml/i.test(contentType)) {
    // strip-inline (imported by feeds.js) is requested at the same time, not after feeds.js arrives.
    const [feeds] = await Promise.all([import('./feeds.js'), import('./strip-inline.js')]);
    return feeds.parseXmlFeed(body);
  }
  try {
    return JSON.parse(body) as unknown;
  } catch (e) {
    throw new GovDataError('parse', `The response is not valid JSON (${(e as Error).message})`);
  }
}
