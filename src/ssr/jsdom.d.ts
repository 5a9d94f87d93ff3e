// The part of jsdom the server renderer uses (jsdom is an optional peer: its own types are not installed).
declare module 'jsdom' {
  /** Where a node was in the source, with `includeNodeLocations`. */
  interface NodeLocation {
    startOffset: number;
    endOffset: number;
    startTag?: { startOffset: number; endOffset: number };
    endTag?: { startOffset: number; endOffset: number };
  }
  /** A jsdom document and its window. */
  export class JSDOM {
    constructor(html?: string, options?: { includeNodeLocations?: boolean });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    readonly window: any;
    nodeLocation(node: unknown): NodeLocation | null;
  }
}
