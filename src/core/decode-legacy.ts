// Responses that are not UTF-8: decoded by what they say they are, loaded only when one arrives.
import { GovDataError } from './errors.js';

/** The encoding a `Content-Type` header names (`text/xml; charset=windows-1258`). */
const headerCharset = (contentType: string): string | undefined => /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];

/** The encoding an XML prolog names (`<?xml version="1.0" encoding="ISO-8859-1"?>`), read from its ASCII bytes. */
function prologCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  return /^[\s\uFEFF\u00EF\u00BB\u00BF]*<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1];
}

/** A decoder for `label`, or `undefined` when the browser knows no such encoding. */
function decoder(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    return undefined;
  }
}

/**
 * Decodes a body that is not valid UTF-8 (or is labelled UTF-16): by its byte-order mark, then the
 * HTTP `charset`, then the XML prolog's `encoding` (windows-1258, ISO-8859-1 and every other
 * encoding `TextDecoder` knows). A body that none of them decodes is an error, never mojibake.
 */
export function decodeLegacy(bytes: Uint8Array, contentType: string): string {
  const bom =
    bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : undefined;
  const unknown: string[] = [];
  for (const label of [bom, headerCharset(contentType), bom ? undefined : prologCharset(bytes)]) {
    const d = label ? decoder(label) : undefined;
    if (label && !d) unknown.push(label);
    if (!d) continue;
    try {
      // windows-1258 writes most Vietnamese letters as a base letter and a combining tone mark:
      // composed, they compare, search and cut like the same text in UTF-8.
      return d.encoding === 'windows-1258' ? d.decode(bytes).normalize('NFC') : d.decode(bytes);
    } catch {
      // not in that encoding after all (a UTF-8 label on bytes that are not): try the next one
    }
  }
  throw new GovDataError(
    'parse',
    /json/i.test(contentType)
      ? 'The response is not valid JSON (its bytes are not UTF-8 text)'
      : unknown.length
        ? `The response is in the "${unknown[0]}" encoding, which browsers cannot decode; serve it as UTF-8`
        : 'The response is not valid UTF-8 and names no other encoding (HTTP charset or XML prolog)',
  );
}
