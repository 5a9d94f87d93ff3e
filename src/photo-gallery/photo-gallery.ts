import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { baseStyles } from '../core/base.styles.js';
import { DataSource } from '../core/data-source.js';
import { dataChanged } from '../core/same-data.js';
import { emit, type GovEventMap } from '../core/events.js';
import { ariaLevel, define, focusTarget, GovElement } from '../core/gov-element.js';
import {
  registerLanguage,
  type GovLabels,
  type Lang,
  type LanguageLabels,
  type LanguageOptions,
  type Strings,
} from '../core/i18n.js';
import { dateTemplate, skeleton, skeletonBox } from '../core/templates.js';
import {
  toPhotoGallery,
  type PhotoGallery,
  type PhotoGalleryInput,
  type PhotoItem,
  type PhotoItemInput,
} from './photo-gallery.data.js';
import { photoGalleryStrings, type PhotoGalleryLabel } from './photo-gallery.strings.js';
import { photoGalleryStyles } from './photo-gallery.styles.js';
import { lockPageScroll } from './scroll-lock.js';

export type { PhotoGallery, PhotoGalleryInput, PhotoItem, PhotoItemInput };
export { registerLanguage, type GovLabels, type Lang, type LanguageLabels, type LanguageOptions, type PhotoGalleryLabel };

/** The two looks of a photo library. */
export type PhotoLayout = 'grid' | 'strip';

/** `detail` of `gov-photo-view`: the picture the lightbox shows, and its place among the pictures shown. */
export interface GovPhotoViewDetail {
  item: PhotoItem;
  /** Counted from 0 in the order the thumbnails are shown (albums together). */
  index: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-photo-view': CustomEvent<GovPhotoViewDetail>;
  }
}

type Labels = 'previous' | 'next' | 'close' | 'position';

/** Pictures shown together: one album, or the pictures without one. */
interface Album {
  name?: string;
  photos: PhotoItem[];
}

/** How far (px) a finger must travel sideways, and more sideways than up or down, to change the picture. */
const SWIPE = 40;

/** `detail` of the photo gallery's `gov-load`: the validated pictures it rendered. */
export interface GovPhotoGalleryLoadDetail {
  items: PhotoItem[];
}

/** The photo gallery's events, for `addEventListener` and the framework wrappers. */
export interface GovPhotoGalleryEventMap extends GovEventMap<GovPhotoGalleryLoadDetail> {
  'gov-photo-view': CustomEvent<GovPhotoViewDetail>;
}

/**
 * A photo library ("Thư viện ảnh") from `items`, a JSON `src` (or an RSS/Atom feed with
 * pictures), or an inline `<script type="application/json">`. Thumbnails load lazily in a space
 * of their own; each opens a modal lightbox with the large picture, its caption and date, its
 * place ("3 / 12"), and previous / next / close buttons. Arrow keys, Home and End move, Escape
 * closes, a finger swipes; focus stays in the lightbox and goes back to the thumbnail of the
 * picture it showed; the page behind is inert and does not scroll. It never moves by itself.
 * Every picture needs its `alt` text: one without it is skipped, with a console warning.
 *
 * @summary Photo library: a grid (or one sideways-scrolling strip) of thumbnails that open an accessible lightbox.
 * @tag gov-photo-gallery
 *
 * @slot - Fallback content (e.g. a plain list of links to the pictures), shown until data renders and when there is no source.
 *
 * @csspart album - One album: its heading and its thumbnails.
 * @csspart album-heading - An album's name.
 * @csspart list - A `<ul>` of thumbnails.
 * @csspart item - One `<li>`.
 * @csspart thumbnail - The button around a thumbnail (it opens the lightbox).
 * @csspart image - A thumbnail picture.
 * @csspart broken - The frame holding a picture's `alt` text when the picture failed to load.
 * @csspart dialog - The lightbox (`<dialog>`).
 * @csspart counter - The picture's place in the lightbox, "3 / 12".
 * @csspart stage - The lightbox's picture area (it takes swipes).
 * @csspart picture - The large picture.
 * @csspart caption - The caption and date under the large picture.
 * @csspart date - The picture's `<time>`.
 * @csspart button - The lightbox's buttons, and "Thử lại".
 * @csspart close - The lightbox's close button (it is also a `button`).
 * @csspart previous - The "previous picture" button (also a `button`).
 * @csspart next - The "next picture" button (also a `button`).
 *
 * @cssprop --gov-color-text - Body text colour, and the text of a picture that failed to load.
 * @cssprop --gov-color-border - Box colour, and the frame of a picture that failed to load.
 * @cssprop --gov-color-skeleton - Loading placeholder and thumbnail background.
 * @cssprop --gov-photo-min-width - Minimum thumbnail width in the `grid` layout (default 7em).
 * @cssprop --gov-photo-strip-width - Thumbnail width in the `strip` layout (default 9em).
 * @cssprop --gov-lightbox-background - The lightbox's background (default #111).
 * @cssprop --gov-lightbox-color - Text and buttons in the lightbox (default #fff).
 * @cssprop --gov-lightbox-focus - Focus outline in the lightbox (default #ffbf47).
 *
 * @fires gov-photo-view - The lightbox shows a picture (opened, or moved to it); `detail: { item, index }`.
 */
export class GovPhotoGallery extends GovElement<PhotoGallery, Labels, GovPhotoGalleryEventMap> {
  static override styles = [baseStyles, photoGalleryStyles];
  static override properties = {
    items: { attribute: false, hasChanged: dataChanged },
    timeZone: { attribute: 'time-zone' },
    layout: { reflect: true },
    limit: { type: Number },
    viewing: { state: true },
    announcement: { state: true },
  };

  /** Pictures set from code (an array, or `{ title, items }`); they take priority over `src` and are validated like fetched data. */
  items?: PhotoItemInput[] | PhotoGalleryInput;

  /** IANA time zone the dates are read and shown in (e.g. `Asia/Ho_Chi_Minh`); the visitor's own when unset. */
  override timeZone?: string;

  /** `grid` (rows of thumbnails, default) or `strip` (one row that scrolls sideways, for sidebars). */
  layout: PhotoLayout = 'grid';

  /** The most pictures shown (0: all). */
  limit = 0;

  /** The labels; the data's `title` becomes the heading when the page sets none. */
  protected strings: Strings<Labels | 'heading'> = photoGalleryStrings;

  protected readonly data = new DataSource<PhotoGallery, GovPhotoGalleryLoadDetail>(this, {
    property: () => this.items,
    parse: (raw, base, timeZone) => toPhotoGallery(raw, base, timeZone),
    isEmpty: ({ items }) => !items.length,
    detail: ({ items }) => ({ items }),
  });

  /** The picture in the lightbox (kept after it closes, so it opens again at once). */
  private viewing?: PhotoItem;
  /** Said by screen readers when the lightbox moves to another picture. */
  private announcement = '';
  /** Picture URLs that failed to load: their `alt` text is shown in a frame instead. */
  readonly #failed = new Set<string>();
  #albums: Album[] = [];
  /** The pictures shown, in the order shown. */
  #visible: PhotoItem[] = [];
  #seen?: PhotoGallery;
  /** Gives the page its scrolling back; set while the lightbox is open. */
  #unlock?: () => void;
  #swipeFrom?: { x: number; y: number };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removed with the lightbox open: the dialog left the top layer with its host; the page scrolls again.
    this.#dialog()?.close();
    this.#release();
  }

  /** Opens the lightbox on the `index`-th picture shown (from 0, in the order of the thumbnails). */
  async showPhoto(index: number): Promise<void> {
    const photo = this.#visible[index];
    if (!photo) return;
    this.viewing = photo;
    this.announcement = '';
    await this.updateComplete;
    const dialog = this.#dialog();
    if (!dialog || !this.isConnected) return;
    if (!dialog.open) {
      this.#unlock ??= lockPageScroll();
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[part~="close"]')?.focus();
    }
    emit<GovPhotoViewDetail>(this, 'gov-photo-view', { item: photo, index });
  }

  /** Closes the lightbox; focus goes back to the thumbnail of the picture it showed. */
  closePhoto(): void {
    const dialog = this.#dialog();
    if (!dialog?.open) return;
    dialog.close();
    this.#closed();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const gallery = this.data.data;
    if (gallery !== this.#seen) {
      this.#seen = gallery;
      const heading = gallery?.title;
      const { vi, en } = photoGalleryStrings;
      this.strings = heading ? { vi: { ...vi, heading }, en: { ...en, heading } } : photoGalleryStrings;
    }
    const items = gallery?.items ?? [];
    const byAlbum = new Map<string | undefined, PhotoItem[]>([[undefined, []]]);
    for (const photo of this.limit > 0 ? items.slice(0, this.limit) : items) {
      if (!byAlbum.has(photo.album)) byAlbum.set(photo.album, []);
      byAlbum.get(photo.album)!.push(photo);
    }
    this.#albums = [...byAlbum].filter(([, photos]) => photos.length).map(([name, photos]) => ({ name, photos }));
    this.#visible = this.#albums.flatMap((a) => a.photos);
    const shown = this.data.state === 'ready' && this.viewing && this.#visible.includes(this.viewing);
    if (this.viewing && !shown) {
      // The picture went (new data, a reload, a smaller limit): so does the lightbox.
      const open = !!this.#unlock;
      this.#release();
      this.viewing = undefined;
      if (open) void this.updateComplete.then(() => focusTarget(this.renderRoot.querySelector('[part~="box"]')));
    }
  }

  /**
   * The loading placeholder: `limit` (or 6) empty frames of the thumbnails' size, in the same
   * grid or strip, so the pictures take the space it held.
   */
  protected override renderSkeleton(): TemplateResult {
    const frames = Math.min(this.limit || 6, 24);
    return skeleton(
      this.i18n.t('loading'),
      html`<ul class="photos" aria-hidden="true">
        ${Array.from({ length: frames }, () => html`<li>${skeletonBox('', 'frame')}</li>`)}
      </ul>`,
    );
  }

  /** Pictures without an album first, then each album under its name, in the order it first appears. */
  protected renderReady(): TemplateResult {
    const level = Math.min(6, ariaLevel(this.headingLevel, 2) + 1);
    let index = 0;
    return html`${this.#albums.map(({ name, photos }, a) => {
      const list = html`<ul class="photos" part="list" aria-labelledby=${name ? `album-${a}` : nothing}>
        ${photos.map((photo) => this.#renderThumbnail(photo, index++))}
      </ul>`;
      return name
        ? html`<div class="album" part="album">
            <div id="album-${a}" class="album-heading" part="album-heading" role="heading" aria-level=${level}>${name}</div>
            ${list}
          </div>`
        : list;
    })}
    ${this.viewing ? this.#renderLightbox(this.viewing) : nothing}`;
  }

  #renderThumbnail(photo: PhotoItem, index: number): TemplateResult {
    return html`<li part="item">
      <button type="button" class="thumb" part="thumbnail" aria-haspopup="dialog" @click=${() => this.showPhoto(index)}>
        ${this.#picture(photo.src, photo.alt, 'image')}
      </button>
    </li>`;
  }

  /** A picture, or (when it failed to load) its `alt` text in a frame of the same size. */
  #picture(src: string, alt: string, part: 'image' | 'picture'): TemplateResult {
    if (this.#failed.has(src)) return html`<span class="frame broken" part="broken">${alt}</span>`;
    return part === 'image'
      ? html`<img
          class="frame"
          part="image"
          src=${src}
          alt=${alt}
          width="320"
          height="240"
          loading="lazy"
          decoding="async"
          @error=${this.#onPictureError}
        />`
      : html`<img class="frame" part="picture" src=${src} alt=${alt} draggable="false" @error=${this.#onPictureError} />`;
  }

  #renderLightbox(photo: PhotoItem): TemplateResult {
    const { i18n } = this;
    const album = this.#albumOf(photo);
    const position = album.photos.indexOf(photo) + 1;
    const count = album.photos.length;
    const large = photo.full && !this.#failed.has(photo.full) ? photo.full : photo.src;
    const arrow = (d: string): TemplateResult =>
      html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${d}></path></svg>`;
    // A click on the dialog's own background (not its picture or buttons) closes it, as Escape does.
    return html`<dialog
      class="lightbox"
      part="dialog"
      aria-label=${album.name ?? (this.heading || i18n.t('heading'))}
      @close=${this.#onClose}
      @keydown=${this.#onKey}
      @click=${this.#onDialogClick}
    >
      <div class="bar">
        <p class="counter" part="counter">
          <span aria-hidden="true">${position} / ${count}</span>
          <span class="sr-only">${i18n.t('position', position, count)}</span>
        </p>
        <button type="button" part="button close" @click=${this.closePhoto}>
          ${arrow('M6 6l12 12M18 6 6 18')}<span>${i18n.t('close')}</span>
        </button>
      </div>
      <figure class="view">
        <div
          class="stage"
          part="stage"
          @pointerdown=${this.#onPointerDown}
          @pointerup=${this.#onPointerUp}
          @pointercancel=${this.#onPointerCancel}
        >
          ${this.#picture(large, photo.alt, 'picture')}
        </div>
        ${
          photo.caption || photo.date
            ? html`<figcaption class="caption" part="caption">
                ${photo.caption} ${dateTemplate(photo.date, i18n.lang, this.timeZone, !!photo.caption)}
              </figcaption>`
            : nothing
        }
      </figure>
      ${
        count > 1
          ? html`<div class="nav">
              <button type="button" part="button previous" @click=${() => this.#step(-1)}>
                ${arrow('M15 5l-7 7 7 7')}<span>${i18n.t('previous')}</span>
              </button>
              <button type="button" part="button next" @click=${() => this.#step(1)}>
                <span>${i18n.t('next')}</span>${arrow('M9 5l7 7-7 7')}
              </button>
            </div>`
          : nothing
      }
      <p class="sr-only" role="status">${this.announcement}</p>
    </dialog>`;
  }

  #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  #albumOf(photo: PhotoItem): Album {
    return this.#albums.find((a) => a.photos.includes(photo)) ?? { photos: [photo] };
  }

  /** Moves the lightbox `by` pictures within the picture's album, round from the last to the first. */
  #step(by: number): void {
    if (!this.viewing) return;
    const { photos } = this.#albumOf(this.viewing);
    this.#go(photos[(photos.indexOf(this.viewing) + by + photos.length) % photos.length]);
  }

  #go(photo: PhotoItem): void {
    if (photo === this.viewing) return;
    const { photos } = this.#albumOf(photo);
    this.viewing = photo;
    this.announcement = `${this.i18n.t('position', photos.indexOf(photo) + 1, photos.length)}: ${photo.alt}`;
    emit<GovPhotoViewDetail>(this, 'gov-photo-view', { item: photo, index: this.#visible.indexOf(photo) });
  }

  #release(): void {
    this.#unlock?.();
    this.#unlock = undefined;
  }

  /** Escape, or `close()` from elsewhere: the event comes a moment after the dialog closed. */
  readonly #onClose = (e: Event): void => {
    // A close event can arrive late, after the lightbox was opened again (closed on removal, then put back).
    if (!(e.currentTarget as HTMLDialogElement).open) this.#closed();
  };

  /** The page scrolls again, and focus goes back to the thumbnail of the picture shown (once per closing). */
  #closed(): void {
    const open = !!this.#unlock;
    this.#release();
    if (!open || !this.isConnected) return;
    const thumbnail = this.renderRoot.querySelectorAll<HTMLElement>('[part~="thumbnail"]')[this.#visible.indexOf(this.viewing!)];
    if (thumbnail) thumbnail.focus();
    else focusTarget(this.renderRoot.querySelector('[part~="box"]'));
  }

  readonly #onKey = (e: KeyboardEvent): void => {
    const photos = this.viewing ? this.#albumOf(this.viewing).photos : [];
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') this.#step(e.key === 'ArrowLeft' ? -1 : 1);
    else if (e.key === 'Home' || e.key === 'End') this.#go(photos[e.key === 'Home' ? 0 : photos.length - 1]);
    else if (e.key === 'Tab') {
      // Chromium lets Tab leave a modal dialog for the browser's own controls: keep it going round inside.
      const buttons = [...(e.currentTarget as HTMLElement).querySelectorAll('button')];
      const edge = e.shiftKey ? buttons[0] : buttons[buttons.length - 1];
      if ((this.renderRoot as ShadowRoot).activeElement !== edge) return;
      (e.shiftKey ? buttons[buttons.length - 1] : buttons[0]).focus();
    } else return;
    e.preventDefault();
  };

  readonly #onDialogClick = (e: MouseEvent): void => {
    if (e.target === e.currentTarget) this.closePhoto();
  };

  readonly #onPictureError = (e: Event): void => {
    this.#failed.add((e.currentTarget as HTMLImageElement).src);
    this.requestUpdate();
  };

  readonly #onPointerDown = (e: PointerEvent): void => {
    this.#swipeFrom = e.isPrimary ? { x: e.clientX, y: e.clientY } : undefined;
  };

  readonly #onPointerUp = (e: PointerEvent): void => {
    const from = this.#swipeFrom;
    this.#swipeFrom = undefined;
    if (!from || !e.isPrimary) return;
    const dx = e.clientX - from.x;
    if (Math.abs(dx) >= SWIPE && Math.abs(dx) > 1.5 * Math.abs(e.clientY - from.y)) this.#step(dx < 0 ? 1 : -1);
  };

  readonly #onPointerCancel = (): void => {
    this.#swipeFrom = undefined;
  };
}

define('gov-photo-gallery', GovPhotoGallery);

declare global {
  interface HTMLElementTagNameMap {
    'gov-photo-gallery': GovPhotoGallery;
  }
}
