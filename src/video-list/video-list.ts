import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles } from '../core/base.styles.js';
import { DataSource } from '../core/data-source.js';
import { emit } from '../core/events.js';
import { define, GovElement } from '../core/gov-element.js';
import { dateTemplate, imageTemplate } from '../core/templates.js';
import {
  formatClock,
  isoDuration,
  spokenDuration,
  toVideoItems,
  type VideoItem,
  type VideoItemInput,
  type VideoSource,
} from './video-item.js';
import { videoListStrings } from './video-list.strings.js';
import { videoListStyles } from './video-list.styles.js';
import { embedUrl } from './video-url.js';

export type { VideoItem, VideoItemInput, VideoSource };

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

type Labels = 'play' | 'playlist' | 'duration' | 'cannotPlay';

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
 * @attr state - `loading` | `ready` | `empty` | `error`; set by the element, for styling and tests.
 *
 * @slot - Fallback content (e.g. a plain `<ul>` of links to the videos), shown until data renders and when there is no source.
 * @slot heading - Replaces the heading text.
 *
 * @csspart box - The outer box.
 * @csspart heading - The coloured heading bar.
 * @csspart body - The bordered body under the heading.
 * @csspart player - The 16:9 stage of a video: its thumbnail and play button, then its player (one in `player`, one per card in `grid`).
 * @csspart thumbnail - A video's thumbnail image, or the placeholder when it has none.
 * @csspart play-button - The play button over a thumbnail.
 * @csspart embed - The player itself: the `<iframe>` or `<video>`.
 * @csspart note - "Không phát được video này tại đây.", for links the element cannot play.
 * @csspart caption - The title and date under the player (`player` layout).
 * @csspart playlist - The `<ul>` of videos beside or under the player (`player` layout, two videos or more).
 * @csspart list - The `<ul>` of cards (`grid` layout).
 * @csspart item - One `<li>` of the playlist or the grid.
 * @csspart item-button - A playlist entry's button (`aria-current="true"` on the one in the player).
 * @csspart title - A video's title.
 * @csspart link - A title that links out (videos the element cannot play).
 * @csspart duration - A video's length, on its thumbnail.
 * @csspart date - A video's `<time>`.
 * @csspart button - The "Thử lại" button.
 * @csspart message - The empty and error messages.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --gov-color-primary - Heading bar, buttons, and the play button under the pointer or focus (default #0b4a8b).
 * @cssprop --gov-color-on-primary - Text on the heading bar (default #fff).
 * @cssprop --gov-color-text - Body text colour.
 * @cssprop --gov-color-muted - Dates and messages.
 * @cssprop --gov-color-link - Link colour.
 * @cssprop --gov-color-border - Box and separator colour.
 * @cssprop --gov-color-surface - Box background.
 * @cssprop --gov-color-accent - Error text.
 * @cssprop --gov-color-focus - Focus outline.
 * @cssprop --gov-color-skeleton - Loading placeholder and thumbnail background.
 * @cssprop --gov-color-overlay - Play button disc, length badge and note background (default rgb(0 0 0 / 75%)).
 * @cssprop --gov-color-on-overlay - Play icon and text on the overlay (default #fff).
 * @cssprop --gov-color-current - Background of the playlist entry in the player (default #e7eef7).
 * @cssprop --gov-font-family - Font stack.
 * @cssprop --gov-font-size - Base font size.
 * @cssprop --gov-radius - Corner radius.
 * @cssprop --gov-space - Inner spacing.
 * @cssprop --gov-heading-transform - Heading text-transform (default uppercase).
 * @cssprop --gov-video-min-width - Minimum card width in the `grid` layout (default 14rem).
 * @cssprop --gov-playlist-thumb-width - Width of a playlist entry's thumbnail (default 7.5rem).
 *
 * @fires gov-load - Data rendered; `detail: { items }` (validated items).
 * @fires gov-error - Loading failed; `detail: { error, src }`.
 * @fires gov-video-play - A video started playing; `detail: { item }` (the validated item).
 */
export class GovVideoList extends GovElement<VideoItem[], Labels> {
  static override styles = [baseStyles, videoListStyles];

  /** Videos set from code; they take priority over `src` and are validated like fetched data. */
  @property({ attribute: false }) items?: VideoItemInput[];

  /** `player` (one player above a playlist, default) or `grid` (every card plays in place). */
  @property({ reflect: true }) layout: VideoLayout = 'player';

  /** The most videos shown (0: all). */
  @property({ type: Number }) limit = 0;

  protected readonly strings = videoListStrings;

  protected readonly data = new DataSource<VideoItem[]>(this, {
    property: () => this.items,
    parse: (raw, base) => toVideoItems(raw, base),
    isEmpty: (items) => items.length === 0,
    detail: (items) => ({ items }),
  });

  /** The video in the player (`player` layout). */
  @state() private current?: VideoItem;
  /** The one video playing, if any. */
  @state() private playing?: VideoItem;
  /** Said by screen readers when a chosen video cannot be played here. */
  @state() private announcement = '';

  private seen: VideoItem[] | undefined;
  private visible: VideoItem[] = [];
  private focusPlayer = false;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('gov-video-play', this.onPlayElsewhere);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('gov-video-play', this.onPlayElsewhere);
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
    if (items !== this.seen) {
      this.seen = items;
      this.current = undefined;
      this.playing = undefined;
      this.announcement = '';
    }
    if (changed.has('layout') && changed.get('layout') !== undefined) this.playing = undefined;
    this.visible = this.limit > 0 ? items.slice(0, this.limit) : items;
    if (!this.current || !this.visible.includes(this.current)) this.current = this.visible[0];
    if (this.playing && !this.visible.includes(this.playing)) this.playing = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusPlayer) {
      this.focusPlayer = false;
      this.renderRoot.querySelector<HTMLElement>('[part~="embed"]')?.focus();
    }
  }

  private get grid(): boolean {
    return this.layout === 'grid';
  }

  protected override renderSkeleton(): TemplateResult {
    const bar = html`<span aria-hidden="true"></span>`;
    const frame = html`<span class="frame" aria-hidden="true"></span>`;
    if (this.grid) {
      const cards = Math.min(this.limit || 4, 6);
      return html`<div class="skeleton grid" part="skeleton" role="status">
        <span class="sr-only">${this.i18n.t('loading')}</span>
        ${Array.from({ length: cards }, () => html`<div class="card">${frame}${bar}</div>`)}
      </div>`;
    }
    return html`<div class="skeleton player-layout has-playlist" part="skeleton" role="status">
      <span class="sr-only">${this.i18n.t('loading')}</span>
      <div class="main">${frame}${bar}</div>
      <div class="playlist-wrap">${bar}${bar}${bar}</div>
    </div>`;
  }

  protected renderReady(): TemplateResult {
    return this.grid ? this.renderGrid() : this.renderPlayer();
  }

  private renderPlayer(): TemplateResult {
    const current = this.current ?? this.visible[0];
    const many = this.visible.length > 1;
    return html`<div class="player-layout ${many ? 'has-playlist' : ''}">
      <div class="main">
        ${this.renderStage(current)}
        <p class="caption" part="caption">
          ${this.renderTitle(current)} ${dateTemplate(current.date, this.i18n.lang, this.timeZone)}
        </p>
      </div>
      ${
        many
          ? html`<div class="playlist-wrap">
              <ul class="playlist" part="playlist" aria-label=${this.i18n.t('playlist')}>
                ${this.visible.map((item) => this.renderEntry(item, item === current))}
              </ul>
            </div>`
          : nothing
      }
      <p class="sr-only" role="status">${this.announcement}</p>
    </div>`;
  }

  private renderEntry(item: VideoItem, current: boolean): TemplateResult {
    return html`<li part="item">
      <button
        type="button"
        class="entry"
        part="item-button"
        aria-current=${current ? 'true' : nothing}
        @click=${() => this.choose(item)}
      >
        <span class="thumb">${this.renderThumbnail(item, 160, 90)}</span>
        <span class="entry-text">
          <span class="title" part="title">${item.title}</span>
          <span class="meta">${this.renderDuration(item)} ${dateTemplate(item.date, this.i18n.lang, this.timeZone)}</span>
        </span>
      </button>
    </li>`;
  }

  private renderGrid(): TemplateResult {
    return html`<ul class="grid" part="list">
      ${this.visible.map(
        (item) =>
          html`<li class="card" part="item">
            ${this.renderStage(item)}
            <p class="caption">${this.renderTitle(item)} ${dateTemplate(item.date, this.i18n.lang, this.timeZone)}</p>
          </li>`,
      )}
    </ul>`;
  }

  /** The 16:9 stage: the player when this video plays, else its thumbnail and play button (or a note). */
  private renderStage(item: VideoItem): TemplateResult {
    const source = this.playing === item ? item.source : undefined;
    if (source) return html`<div class="stage playing" part="player">${this.renderEmbed(item, source)}</div>`;
    return html`<div class="stage" part="player">
      ${this.renderThumbnail(item, 480, 270)}
      ${
        item.source
          ? html`<button type="button" class="play" part="play-button" @click=${() => this.play(item)}>
              <svg class="icon" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
                <circle class="disc" cx="32" cy="32" r="32"></circle>
                <path class="arrow" d="M25 19 47 32 25 45Z"></path>
              </svg>
              <span class="sr-only">${this.i18n.t('play', item.title)}</span>
            </button>`
          : html`<p class="note" part="note">${this.i18n.t('cannotPlay')}</p>`
      }
      ${this.renderDuration(item)}
    </div>`;
  }

  private renderEmbed(item: VideoItem, source: VideoSource): TemplateResult {
    if (source.kind === 'file') {
      return html`<video class="embed" part="embed" controls autoplay playsinline aria-label=${item.title}>
        <source src=${source.url} type=${source.type} />
      </video>`;
    }
    return html`<iframe
      class="embed"
      part="embed"
      src=${embedUrl(source)}
      title=${item.title}
      allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
      allowfullscreen
      referrerpolicy="strict-origin-when-cross-origin"
    ></iframe>`;
  }

  private renderThumbnail(item: VideoItem, width: number, height: number): TemplateResult {
    return item.thumbnail
      ? imageTemplate(item.thumbnail.src, item.thumbnail.alt, width, height, 'thumbnail')
      : html`<span class="image placeholder" part="thumbnail"></span>`;
  }

  /** `3:25` on screen; "Thời lượng 3 phút 25 giây" for screen readers. */
  private renderDuration(item: VideoItem): unknown {
    if (!item.duration) return nothing;
    return html`<time class="duration" part="duration" datetime=${isoDuration(item.duration)}
      ><span aria-hidden="true">${formatClock(item.duration)}</span
      ><span class="sr-only">${this.i18n.t('duration', spokenDuration(item.duration, this.i18n.lang))}</span></time
    >`;
  }

  /** A playable video's title is text (the play button plays it); any other links out when it may. */
  private renderTitle(item: VideoItem): TemplateResult {
    return !item.source && item.url
      ? html`<a class="title" part="title link" href=${item.url}>${item.title}</a>`
      : html`<span class="title" part="title">${item.title}</span>`;
  }

  private choose(item: VideoItem): void {
    if (item.source) {
      this.play(item);
      return;
    }
    this.current = item;
    this.playing = undefined;
    this.announcement = `${item.title}: ${this.i18n.t('cannotPlay')}`;
  }

  private play(item: VideoItem): void {
    if (!item.source) return;
    this.current = item;
    this.playing = item;
    this.announcement = '';
    this.focusPlayer = true;
    emit<GovVideoPlayDetail>(this, 'gov-video-play', { item });
  }

  /** Another video started on the page (in this list or another): this one stops. */
  private readonly onPlayElsewhere = (e: GlobalEventHandlersEventMap['gov-video-play']): void => {
    if (this.playing && e.detail?.item !== this.playing) this.stop();
  };
}

define('gov-video-list', GovVideoList);

declare global {
  interface HTMLElementTagNameMap {
    'gov-video-list': GovVideoList;
  }
}
