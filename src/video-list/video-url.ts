/**
 * Reads a video link into what is needed to play it: a YouTube or Vimeo id, or a direct file.
 * Pure functions, no DOM: the element calls them on URLs that already passed `safeUrl`.
 */

/** A playable video, as `parseVideoUrl` recognises it. */
export type VideoSource =
  | {
      kind: 'youtube';
      /** The 11-character video id. */
      id: string;
      /** Where to start, in seconds (from `t=30s`, `t=1m30s`, `start=90`…). */
      start?: number;
    }
  | {
      kind: 'vimeo';
      /** The numeric video id. */
      id: string;
      /** The private hash of an unlisted video (`vimeo.com/123/abcdef`, `?h=abcdef`). */
      hash?: string;
    }
  | {
      kind: 'file';
      /** The file's absolute URL, query string included. */
      url: string;
      type: 'video/mp4' | 'video/webm';
    };

/** `h`, `m`, `s` groups of a match → seconds (missing groups count 0). */
export const hms = (m: RegExpExecArray): number => +(m[1] ?? 0) * 3600 + +(m[2] ?? 0) * 60 + +(m[3] ?? 0);

/**
 * YouTube page and player paths (`watch?v=`, `/embed/`, `/shorts/`, `/live/`, `/v/`); Vimeo pages
 * (`/123`, `/123/hash`, channels, groups, showcases, albums) and the player (`/video/123`).
 */
const youtubeHost = /^((www|m|music)\.)?youtube\.com$|^(www\.)?youtube-nocookie\.com$/;
const vimeoPath =
  /^\/(?:(?:channels\/[^/]+|groups\/[^/]+\/videos|(?:showcase|album)\/\d+\/video|video)\/)?(\d{1,12})(?:\/([\da-fA-F]{6,20}))?\/?$/;

/**
 * Recognises a YouTube link (`watch?v=`, `youtu.be/`, `/shorts/`, `/embed/`, `/live/`, with any
 * extra parameters), a Vimeo link (`vimeo.com/123`, `player.vimeo.com/video/123`) or a direct
 * `.mp4` / `.webm` file (query string allowed). Relative URLs resolve against `base`. Anything
 * else, and any scheme but `http:`/`https:`, gives `undefined`: the video cannot be played in place.
 */
export function parseVideoUrl(raw: string, base?: string): VideoSource | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return;
  }
  const { hostname: host, pathname: path, searchParams: q } = url;
  if (!/^https?:$/.test(url.protocol)) return;
  const [a, b] = path.split('/').filter(Boolean);
  const id =
    host === 'youtu.be' ? a : youtubeHost.test(host) ? (a === 'watch' ? q.get('v') : /^(embed|shorts|live|v)$/.test(a) && b) : 0;
  if (id && /^[\w-]{11}$/.test(id)) {
    // `t=30s`, `t=1m30s`, `start=90`; `t` may also sit in the fragment (`#t=30`), as older share links put it.
    const t = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(
      (q.get('t') ?? q.get('start') ?? new URLSearchParams(url.hash.slice(1)).get('t') ?? '').trim(),
    );
    const start = t && hms(t);
    return start ? { kind: 'youtube', id, start } : { kind: 'youtube', id };
  }
  const v = /^(www\.|player\.)?vimeo\.com$/.test(host) && vimeoPath.exec(path);
  if (v) {
    const hash = v[2] ?? q.get('h');
    return hash && /^[\da-f]{6,20}$/i.test(hash) ? { kind: 'vimeo', id: v[1], hash } : { kind: 'vimeo', id: v[1] };
  }
  const ext = /\.(mp4|webm)$/i.exec(path)?.[1].toLowerCase() as 'mp4' | 'webm' | undefined;
  if (ext) return { kind: 'file', url: url.href, type: `video/${ext}` };
}

/**
 * The `sandbox` of the YouTube and Vimeo player iframes: only what their players use.
 * - `allow-scripts allow-same-origin`: the players are scripts that keep settings in their own
 *   origin's storage; neither plays without both (aws-amplify/docs#5762, PeerTube's embed code in
 *   Chocobozzz/PeerTube#2183, dreamwidth/dreamwidth#1191).
 * - `allow-presentation`: casting (Chromecast, AirPlay); without it YouTube's player throws
 *   "Failed to construct 'PresentationRequest'" (WordPress/gutenberg#1655, nasa8x/v-video-embed#3).
 * - `allow-popups allow-popups-to-escape-sandbox`: the logo and title open the video on youtube.com
 *   or vimeo.com in a new tab, which must not inherit the sandbox (ampproject/amphtml,
 *   src/core/3p-frame sandbox flags: "otherwise even target=_blank opened links are still sandboxed").
 * Left out: `allow-top-navigation*` (the player must never navigate the portal's page), `allow-forms`,
 * `allow-modals`, `allow-downloads`, `allow-pointer-lock`. Fullscreen and picture-in-picture come
 * from the iframe's `allow` list, not from the sandbox.
 */
export const PLAYER_SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox';

/**
 * The player URL for a YouTube or Vimeo video, set to start playing: a `youtube-nocookie.com`
 * embed (no cookies until the visitor plays) or a `player.vimeo.com` one with `dnt=1` (Vimeo's
 * "do not track": no cookies or session statistics; the `dnt` player parameter, listed in
 * vimeo/player.js src/lib/embed.js and amp.dev's amp-vimeo `do-not-track`). Files play natively.
 */
export function embedUrl(source: Exclude<VideoSource, { kind: 'file' }>): string {
  return source.kind === 'youtube'
    ? `https://www.youtube-nocookie.com/embed/${source.id}?autoplay=1${source.start ? `&start=${source.start}` : ''}`
    : `https://player.vimeo.com/video/${source.id}?autoplay=1&dnt=1${source.hash ? `&h=${source.hash}` : ''}`;
}

/** YouTube's own 480×360 still of a video, for items that give no `thumbnail`. */
export function youtubeThumbnail(id: string): string {
  return `https://i.ytimg.com/vi/${id}/hqdefault.jpg`;
}
