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

const youtubeHosts = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'music.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
]);
const youtubeId = /^[\w-]{11}$/;
const vimeoHash = /^[\da-f]{6,20}$/i;

/** `30`, `30s`, `1m30s`, `1h2m3s` → seconds; anything else → undefined. */
function startTime(raw: string | null): number | undefined {
  if (!raw?.trim()) return undefined;
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(raw.trim());
  if (!m) return undefined;
  const seconds = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return seconds > 0 ? seconds : undefined;
}

function youtube(url: URL): VideoSource | undefined {
  const segments = url.pathname.split('/').filter(Boolean);
  let id: string | undefined;
  if (url.hostname === 'youtu.be') id = segments[0];
  else if (youtubeHosts.has(url.hostname)) {
    if (segments[0] === 'watch') id = url.searchParams.get('v') ?? undefined;
    else if (['embed', 'shorts', 'live', 'v'].includes(segments[0] ?? '')) id = segments[1];
  }
  if (!id || !youtubeId.test(id)) return undefined;
  // `t` may also sit in the fragment (`#t=30`), as older share links put it.
  const hash = new URLSearchParams(url.hash.slice(1));
  const start = startTime(url.searchParams.get('t') ?? url.searchParams.get('start') ?? hash.get('t'));
  return start === undefined ? { kind: 'youtube', id } : { kind: 'youtube', id, start };
}

/** Vimeo page and player paths; the first group is the id, the second an unlisted video's hash. */
const vimeoPaths: Record<string, RegExp[]> = {
  'player.vimeo.com': [/^\/video\/(\d{1,12})\/?$/],
  'vimeo.com': [
    /^\/(\d{1,12})(?:\/([\da-f]{6,20}))?\/?$/i,
    /^\/channels\/[^/]+\/(\d{1,12})\/?$/,
    /^\/groups\/[^/]+\/videos\/(\d{1,12})\/?$/,
    /^\/(?:showcase|album)\/\d+\/video\/(\d{1,12})\/?$/,
  ],
};

function vimeo(url: URL): VideoSource | undefined {
  const paths = vimeoPaths[url.hostname.replace(/^www\./, '')];
  const m = paths?.map((re) => re.exec(url.pathname)).find(Boolean);
  if (!m) return undefined;
  const hash = m[2] ?? url.searchParams.get('h') ?? undefined;
  return hash && vimeoHash.test(hash) ? { kind: 'vimeo', id: m[1], hash } : { kind: 'vimeo', id: m[1] };
}

function file(url: URL): VideoSource | undefined {
  const ext = /\.(mp4|webm)$/i.exec(url.pathname)?.[1]?.toLowerCase();
  if (!ext) return undefined;
  return { kind: 'file', url: url.href, type: ext === 'mp4' ? 'video/mp4' : 'video/webm' };
}

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
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return youtube(url) ?? vimeo(url) ?? file(url);
}

/**
 * The player URL for a YouTube or Vimeo video, set to start playing: a `youtube-nocookie.com`
 * embed (no cookies until the visitor plays) or a `player.vimeo.com` one. Files play natively.
 */
export function embedUrl(source: Exclude<VideoSource, { kind: 'file' }>): string {
  if (source.kind === 'youtube') {
    const start = source.start ? `&start=${source.start}` : '';
    return `https://www.youtube-nocookie.com/embed/${source.id}?autoplay=1${start}`;
  }
  const hash = source.hash ? `&h=${source.hash}` : '';
  return `https://player.vimeo.com/video/${source.id}?autoplay=1${hash}`;
}

/** YouTube's own 480×360 still of a video, for items that give no `thumbnail`. */
export function youtubeThumbnail(id: string): string {
  return `https://i.ytimg.com/vi/${id}/hqdefault.jpg`;
}
