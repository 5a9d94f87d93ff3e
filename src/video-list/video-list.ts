import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { baseStyles } from '../core/base.styles.js';
import { DataSource } from '../core/data-source.js';
import { dataChanged } from '../core/same-data.js';
import { emit, type GovEventMap } from '../core/events.js';
import { define, GovElement } from '../core/gov-element.js';
import { dateTemplate, imageTemplate, skeleton, skeletonBox } from '../core/templates.js';
import {
  formatClock,
  isoDuration,
  spokenDuration,
  toVideoItems,
  type VideoItem,
  type VideoItemInput,
  type VideoSource,
} from './video-list.data.js';
import { registerLanguage, type GovLabels, type Lang, type LanguageLabels, type LanguageOptions } from '../core/i18n.js';
import { videoListStrings, type VideoListLabel } from './video-list.strings.js';
import { videoListStyles } from './video-list.styles.js';
import { embedUrl, PLAYER_SANDBOX } from './video-url.js';

export type { VideoItem, VideoItemInput, VideoSource };
export { registerLanguage, type GovLabels, type Lang, type LanguageLabels, type LanguageOptions, type VideoListLabel };

/** Invisible text of the loading placeholder: the model page's median video title, and a date. */
const GHOST_TITLE = 'Hình Ảnh Chợ Đầu Mối Nông Sản';
const GHOST_DATE = '31/03/2020';

/** The two looks of a video list. */
export type VideoLayout = 'player' | 'grid';

/** `detail` of `gov-video-play`: the validated item that started playing. */
export interface GovVideoPlayDetail {
  item: VideoItem;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-video-play': CustomEvent<GovVideoPlayDetail>;
  }
}

type Labels = 'play' | 'playlist' | 'duration' | 'cannotPlay' | 'captions' | 'transcript';

/** `detail` of the video list's `gov-load`: the validated videos it rendered. */
export interface GovVideoListLoadDetail {
  items: VideoItem[];
}

/** The video list's events, for `addEventListener` and the framework wrappers. */
export interface GovVideoListEventMap extends GovEventMap<GovVideoListLoadDetail> {
  'gov-video-play': CustomEvent<GovVideoPlayDetail>;
}

/**
 * A list of videos ("Video hoạt động") from YouTube, Vimeo or plain `.mp4` / `.webm` files, from
 * `items`, a JSON or RSS/Atom `src`, or an inline `<script type="application/json">`. Nothing is
 * requested from a video host until the visitor presses play: a thumbnail with a labelled play
 * button stands in for each video, then becomes a `youtube-nocookie.com` or Vimeo player, or a
 * native `<video controls>`, which takes the focus. One video plays at a time on the page.
 *
 * @summary Video list: one player above a playlist, or a grid of videos that play in place.
 * @tag gov-video-list
 *
 * @csspart player - The 16:9 stage of a video: its thumbnail and play button, then its player (one in `player`, one per card in `grid`).
 * @csspart thumbnail - A video's thumbnail image, or the placeholder when it has none.
 * @csspart play-button - The play button over a thumbnail.
 * @csspart embed - The player itself: the `<iframe>` or `<video>`.
 * @csspart note - "Không phát được video này tại đây.", for links the element cannot play.
 * @csspart caption - The title and date under a video's player.
 * @csspart playlist - The `<ul>` of videos beside or under the player (`player` layout, two videos or more).
 * @csspart list - The `<ul>` of cards (`grid` layout).
 * @csspart item - One `<li>` of the playlist or the grid.
 * @csspart item-button - A playlist entry's button (`aria-current="true"` on the one in the player).
 * @csspart title - A video's title.
 * @csspart link - A title that links out (videos the element cannot play).
 * @csspart duration - A video's length, on its thumbnail.
 * @csspart date - A video's `<time>`.
 * @csspart transcript - The link to a video's transcript, under its player (items with `transcript`).
 *
 * @cssprop --gov-color-primary - Heading bar, buttons, and the play button under the pointer or focus (default #0b4a8b).
 * @cssprop --gov-color-skeleton - Loading placeholder and thumbnail background.
 * @cssprop --gov-color-overlay - Play button disc, length badge and note background (default rgb(0 0 0 / 75%)).
 * @cssprop --gov-color-on-overlay - Play icon and text on the overlay (default #fff).
 * @cssprop --gov-color-current - Background of the playlist entry in the player (default #e7eef7).
 * @cssprop --gov-video-min-width - Minimum card width in the `grid` layout (default 14em).
 * @cssprop --gov-playlist-thumb-width - Width of a playlist entry's thumbnail (default 7.5em).
 *
 * @fires gov-video-play - A video started playing; `detail: { item }` (the validated item).
 */
export class GovVideoList extends GovElement<VideoItem[], Labels, GovVideoListEventMap> {
  static override styles = [baseStyles, videoListStyles];

  static override properties = {
    items: { attribute: false, hasChanged: dataChanged },
    timeZone: { attribute: 'time-zone' },
    layout: { reflect: true },
    limit: { type: Number },
    current: { state: true },
    playing: { state: true },
    announcement: { state: true },
  };

  /** Videos set from code; they take priority over `src` and are validated like fetched data. */
  items?: VideoItemInput[];

  /** IANA time zone the dates are read and shown in (e.g. `Asia/Ho_Chi_Minh`); the visitor's own when unset. */
  override timeZone?: string;

  /** `player` (one player above a playlist, default) or `grid` (every card plays in place). */
  layout: VideoLayout = 'player';

  /** The most videos shown (0: all). */
  limit = 0;

  protected readonly strings = videoListStrings;

  protected readonly data = new DataSource<VideoItem[], GovVideoListLoadDetail>(this, {
    property: () => this.items,
    parse: toVideoItems,
    isEmpty: (items) => !items.length,
    detail: (items) => ({ items }),
  });

  /** The video in the player (`player` layout). */
  private current?: VideoItem;
  /** The one video playing, if any. */
  private playing?: VideoItem;
  /** Said by screen readers when a chosen video cannot be played here. */
  private announcement = '';
  /** Video files that failed to load: they show the "cannot play" note instead of a play button. */
  readonly #broken = new WeakSet<VideoItem>();

  #seen?: VideoItem[];
  #visible: VideoItem[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('gov-video-play', this.#onPlayElsewhere);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('gov-video-play', this.#onPlayElsewhere);
    // The player goes with the element: the iframe is unloaded and nothing keeps playing.
    this.renderRoot.querySelector('video')?.pause();
    this.stop();
  }

  /** Stops the video that is playing, if any, and shows its thumbnail again. */
  stop(): void {
    this.playing = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const items = this.data.data ?? [];
    // New data or a new layout: nothing plays, the first video is in the player.
    if (items !== this.#seen || changed.get('layout') !== undefined) {
      this.#seen = items;
      this.current = this.playing = undefined;
      this.announcement = '';
    }
    const visible = (this.#visible = this.limit > 0 ? items.slice(0, this.limit) : items);
    if (!visible.includes(this.current!)) this.current = visible[0];
    if (!visible.includes(this.playing!)) this.playing = undefined;
  }

  /**
   * The loading placeholder has the shape of the coming videos (`limit`, or 5): the same stage,
   * caption and playlist rows (or cards), with the same CSS, holding invisible text of a typical
   * title (the model page's median one) and date. They wrap as real ones do at any width, so the
   * ready list takes about the same height and the page under the element does not move
   * (tests/layout-shift.test.ts).
   */
  protected override renderSkeleton(): TemplateResult {
    const n = Math.min(this.limit || 5, 24);
    const rows = (row: TemplateResult): TemplateResult[] => Array(n).fill(row);
    const card = html`${skeletonBox('', 'stage')}
      <p class="caption">${skeletonBox(GHOST_TITLE, 'title')} ${skeletonBox(GHOST_DATE, 'date')}</p>`;
    return skeleton(
      this.i18n.t('loading'),
      this.layout === 'grid'
        ? html`<ul class="grid" aria-hidden="true">
            ${rows(html`<li class="card">${card}</li>`)}
          </ul>`
        : html`<div class=${n > 1 ? 'has-playlist' : ''} aria-hidden="true">
            <div class="main">${card}</div>
            ${
              n > 1
                ? html`<ul class="playlist">
                    ${rows(
                      html`<li>
                        <div class="entry">
                          ${skeletonBox('', 'thumb')}
                          <div class="entry-text">${skeletonBox(GHOST_TITLE, 'title')}${skeletonBox(GHOST_DATE, 'meta')}</div>
                        </div>
                      </li>`,
                    )}
                  </ul>`
                : nothing
            }
          </div>`,
    );
  }

  protected renderReady(): TemplateResult {
    const { current, i18n } = this;
    const visible = this.#visible;
    const date = (item: VideoItem): unknown => dateTemplate(item.date, i18n.lang, this.timeZone);
    const thumbnail = ({ thumbnail: t }: VideoItem, width: number, height: number): TemplateResult =>
      t
        ? imageTemplate(t.src, t.alt, width, height, 'thumbnail')
        : html`<span class="image placeholder" part="thumbnail"></span>`;
    /** `3:25` on screen; "Thời lượng 3 phút 25 giây" for screen readers. */
    const duration = ({ duration: d }: VideoItem): unknown =>
      d
        ? html`<time class="duration" part="duration" datetime=${isoDuration(d)}
            ><span aria-hidden="true">${formatClock(d)}</span
            ><span class="sr-only">${i18n.t('duration', spokenDuration(d, i18n.lang))}</span></time
          >`
        : nothing;
    /** The 16:9 stage (the player when this video plays, else its thumbnail and play button, or a note), then the caption. */
    const card = (item: VideoItem): TemplateResult => {
      const { title, url } = item;
      const source = this.#sourceOf(item);
      return html`<div class="stage" part="player">
          ${
            this.playing === item && source
              ? source.kind === 'file'
                ? html`<video class="embed" part="embed" controls autoplay playsinline aria-label=${title}>
                    <source src=${source.url} type=${source.type} @error=${() => this.#fail(item)} />
                    ${
                      item.captions
                        ? html`<track
                            kind="captions"
                            src=${item.captions}
                            srclang=${i18n.lang}
                            label=${i18n.t('captions')}
                            default
                          />`
                        : nothing
                    }
                  </video>`
                : html`<iframe
                    class="embed"
                    part="embed"
                    src=${embedUrl(source)}
                    title=${title}
                    allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
                    sandbox=${PLAYER_SANDBOX}
                    referrerpolicy="strict-origin-when-cross-origin"
                  ></iframe>`
              : html`${thumbnail(item, 480, 270)}
                ${
                  source
                    ? html`<button type="button" class="play" part="play-button" @click=${() => this.#play(item)}>
                        <svg class="icon" viewBox="0 0 64 64" aria-hidden="true">
                          <circle class="disc" cx="32" cy="32" r="32"></circle>
                          <path d="M25 19 47 32 25 45Z"></path>
                        </svg>
                        <span class="sr-only">${i18n.t('play', title)}</span>
                      </button>`
                    : html`<p class="note" part="note">${i18n.t('cannotPlay')}</p>`
                }
                ${duration(item)}`
          }
        </div>
        <p class="caption" part="caption">
          ${
            // A playable video's title is text (the play button plays it); any other links out when it may.
            !source && url
              ? html`<a class="title" part="title link" href=${url}>${title}</a>`
              : html`<span class="title" part="title">${title}</span>`
          }
          ${date(item)}
        </p>
        ${
          item.transcript
            ? html`<p class="transcript">
                <a part="transcript" href=${item.transcript}>${i18n.t('transcript')}<span class="sr-only">: ${title}</span></a>
              </p>`
            : nothing
        }`;
    };
    if (this.layout === 'grid') {
      return html`<ul class="grid" part="list">
        ${visible.map((item) => html`<li class="card" part="item">${card(item)}</li>`)}
      </ul>`;
    }
    const many = visible.length > 1;
    // Playlist entries are named as the play buttons are ("Phát video: …"): the words around the title, from the same label.
    const [playBefore, playAfter = ''] = i18n.t('play', '\u0000').split('\u0000');
    return html`<div class=${many ? 'has-playlist' : ''}>
      <div class="main">${card(current!)}</div>
      ${
        many
          ? html`<ul class="playlist" part="playlist" aria-label=${i18n.t('playlist')}>
              ${visible.map(
                (item) =>
                  html`<li part="item">
                    <button
                      type="button"
                      class="entry"
                      part="item-button"
                      aria-current=${item === current || nothing}
                      @click=${() => this.#play(item)}
                    >
                      <span class="thumb"
                        >${thumbnail(item, 160, 90)}<svg class="icon" viewBox="0 0 64 64" aria-hidden="true">
                          <circle class="disc" cx="32" cy="32" r="32"></circle>
                          <path d="M25 19 47 32 25 45Z"></path></svg
                      ></span>
                      <span class="entry-text">
                        <span class="sr-only">${playBefore}</span><span class="title" part="title">${item.title}</span
                        ><span class="sr-only">${playAfter}</span>
                        <span class="meta">${duration(item)} ${date(item)}</span>
                      </span>
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <p class="sr-only" role="status">${this.announcement}</p>
    </div>`;
  }

  /** Puts `item` in the player and plays it, or says it cannot be played here. */
  async #play(item: VideoItem): Promise<void> {
    const { title } = item;
    const source = this.#sourceOf(item);
    this.current = item;
    this.playing = source && item;
    this.announcement = source ? '' : `${title}: ${this.i18n.t('cannotPlay')}`;
    if (source) {
      emit<GovVideoPlayDetail>(this, 'gov-video-play', { item });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.embed')?.focus();
    }
  }

  /** What plays `item` here: its source, unless that is a file that failed to load. */
  #sourceOf(item: VideoItem): VideoItem['source'] {
    return this.#broken.has(item) ? undefined : item.source;
  }

  /** A video file that cannot be loaded (missing, wrong type): its stage says so, as for a link it cannot play. */
  #fail(item: VideoItem): void {
    this.#broken.add(item);
    if (this.playing === item) this.playing = undefined;
    this.announcement = `${item.title}: ${this.i18n.t('cannotPlay')}`;
    this.requestUpdate();
  }

  /** Another video started on the page (in this list or another): this one stops. */
  readonly #onPlayElsewhere = (e: GlobalEventHandlersEventMap['gov-video-play']): void => {
    if (e.detail?.item !== this.playing) this.stop();
  };
}

define('gov-video-list', GovVideoList);

declare global {
  interface HTMLElementTagNameMap {
    'gov-video-list': GovVideoList;
  }
}
