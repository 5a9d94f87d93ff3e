import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { baseStyles } from '../core/base.styles.js';
import { DataSource } from '../core/data-source.js';
import type { GovEventMap } from '../core/events.js';
import { dataChanged } from '../core/same-data.js';
import { define, GovElement } from '../core/gov-element.js';
import { LazyPolling } from '../core/lazy-polling.js';
import { inLiveDocument } from '../core/page.js';
import { dateTemplate, skeleton, skeletonBox } from '../core/templates.js';
import { registerLanguage, type GovLabels, type Lang, type LanguageLabels, type LanguageOptions } from '../core/i18n.js';
import { noticeBoardStrings, type NoticeBoardLabel } from './notice-board.strings.js';
import { noticeBoardStyles } from './notice-board.styles.js';
import {
  arrangeNotices,
  nextChange,
  toNoticeItems,
  type NoticeItem,
  type NoticeItemInput,
  type NoticeView,
} from './notice-board.data.js';

export type { NoticeItem, NoticeItemInput, NoticeView };
export { registerLanguage, type GovLabels, type Lang, type LanguageLabels, type LanguageOptions, type NoticeBoardLabel };

/**
 * The loading rows hold hidden text cut to lengths that wrap like the model page's five notices
 * (badges included) at any width, measured from 240 to 1100 px.
 */
const GHOST = 'Thông báo '.repeat(19);
const GHOST_LENGTHS = [110, 68, 92, 184, 82];

/** `detail` of the notice board's `gov-load`: the notices shown (unexpired, ordered, limited). */
export interface GovNoticeBoardLoadDetail {
  items: NoticeItem[];
}

/** The notice board's events, for `addEventListener` and the framework wrappers. */
export type GovNoticeBoardEventMap = GovEventMap<GovNoticeBoardLoadDetail>;

/**
 * A board of notices ("Thông báo"): expired notices are hidden, pinned ones come first, then the
 * newest; recent notices get a "Mới" badge and important ones a visible "Quan trọng" label. Data
 * from `items`, a JSON or RSS/Atom `src` (refetched every `refresh` seconds), or an inline
 * `<script type="application/json">`.
 *
 * The list is still by default (Thông tư 32/2017/TT-BTTTT, Điều 18). With `ticker` it becomes a
 * vertical ticker that moves only when the list is taller than its box, pauses on hover and focus,
 * has a pause / play button, and stays still under `prefers-reduced-motion`.
 *
 * @summary Notice board: pinned and newest notices first, "Mới" and "Quan trọng" badges, expiry, an opt-in ticker.
 * @tag gov-notice-board
 *
 * @attr {boolean} scroll - Old spelling of `ticker`, still read as an attribute (there is no `scroll` property: that name is `Element.prototype.scroll()`).
 * @attr {number} scroll-speed - Old spelling of `ticker-speed`, still read as an attribute.
 *
 * @csspart list - The `<ul>` of notices (in the ticker, also its duplicate copy, which has the part `copy` too).
 * @csspart copy - The ticker's duplicate copy of the list, hidden from assistive technology.
 * @csspart item - One `<li>`; pinned and important ones also have the parts `item-pinned` and `item-important`.
 * @csspart item-pinned - A pinned notice's `<li>`.
 * @csspart item-important - An important notice's `<li>`.
 * @csspart link - A notice's title link.
 * @csspart text - A notice's title when it has no link.
 * @csspart date - A notice's `<time>`.
 * @csspart badge - The "Mới" and "Quan trọng" labels.
 * @csspart new - The "Mới" / "New" badge.
 * @csspart important - The "Quan trọng" / "Important" label.
 * @csspart pin - The pinned notices' pin icon.
 * @csspart ticker - With `ticker`: the ticker, a box of the element's height or `--gov-ticker-height` holding the controls and the viewport.
 * @csspart controls - The row that holds the pause / play button (only while the list moves).
 * @csspart viewport - The part of the ticker the list moves through.
 * @csspart button - The pause / play and "Thử lại" buttons.
 * @csspart pause - The pause / play button.
 *
 * @cssprop --gov-color-primary - Heading bar, button and pin colour (default #0b4a8b).
 * @cssprop --gov-color-accent - Error text and the "Quan trọng" label (default #b3261e).
 * @cssprop --gov-color-new - Background of the "Mới" badge (default #a00f0f).
 * @cssprop --gov-color-on-new - Text of the "Mới" badge (default #fff).
 * @cssprop --gov-ticker-height - Height of the ticker (pause button row included) with `ticker`, when the element has no height of its own (default 12em).
 *
 * @fires gov-load - Data rendered; `detail: { items }` (the notices shown: unexpired, ordered, limited).
 */
export class GovNoticeBoard extends GovElement<
  NoticeItem[],
  'new' | 'important' | 'pinned' | 'pause' | 'play',
  GovNoticeBoardEventMap
> {
  static override styles = [baseStyles, noticeBoardStyles];
  static override properties = {
    items: { attribute: false, hasChanged: dataChanged },
    timeZone: { attribute: 'time-zone' },
    limit: { type: Number },
    newDays: { attribute: 'new-days', type: Number },
    ticker: { type: Boolean, reflect: true },
    tickerSpeed: { attribute: 'ticker-speed', type: Number },
    refresh: { type: Number },
    now: { attribute: false },
    moving: { state: true, attribute: false },
    paused: { state: true, attribute: false },
  };

  /** Notices set from code; they take priority over `src` and are validated like fetched data. */
  items?: NoticeItemInput[];

  /** IANA time zone the dates are read and shown in (e.g. `Asia/Ho_Chi_Minh`); the visitor's own when unset. */
  override timeZone?: string;

  /** The most notices shown (0: all). */
  limit = 0;

  /** Notices dated within this many days (today included) get a "Mới" / "New" badge; 0: no badges. */
  newDays = 7;

  /** Opt-in auto-scrolling ticker (attribute `ticker`; `scroll` is its old spelling); the list is still without it. */
  ticker = false;

  /** Ticker speed in pixels per second (30 when missing or not a positive number); attribute `ticker-speed` (old: `scroll-speed`). */
  tickerSpeed = 30;

  /** @deprecated The old name of `ticker`. */
  get autoScroll(): boolean {
    return this.ticker;
  }
  set autoScroll(on: boolean) {
    this.ticker = on;
  }

  /** @deprecated The old name of `tickerSpeed`. */
  get scrollSpeed(): number {
    return this.tickerSpeed;
  }
  set scrollSpeed(speed: number) {
    this.tickerSpeed = speed;
  }

  /**
   * `scroll` and `scroll-speed`, the old spellings of `ticker` and `ticker-speed`, are read as
   * attributes only: a property `scroll` would hide `Element.prototype.scroll()`, and frameworks
   * that set properties (React 19, Vue) would overwrite that method instead of starting the ticker.
   */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'scroll', 'scroll-speed'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'scroll') this.ticker = value !== null;
    else if (name === 'scroll-speed') {
      if (value !== null) this.tickerSpeed = Number(value);
    } else super.attributeChangedCallback(name, old, value);
  }

  /** Seconds between quiet refetches of `src` while the page is visible (0: none). */
  refresh = 0;

  /** The moment expiry and "Mới" are judged against (default: the current time, read at each render). */
  now?: Date;

  /** The ticker's list is taller than its box: it moves (unless reduced motion), with its copy and pause button. */
  private moving = false;
  /** Paused with the pause button; stays paused until "Tiếp tục". */
  private paused?: boolean;

  protected readonly strings = noticeBoardStrings;

  protected readonly data = new DataSource<NoticeItem[], GovNoticeBoardLoadDetail>(this, {
    property: () => this.items,
    parse: toNoticeItems,
    // Asked at each update: the notices shown now (arranged again only for items not yet arranged).
    isEmpty: (items) => (items === this.#arranged ? this.#visible : this.#arrange(items)).length === 0,
    detail: () => ({ items: this.#visible.map((v) => v.item) }),
  });

  protected readonly polling = new LazyPolling(this, this.data);

  #visible: NoticeView[] = [];
  /** The items `visible` was arranged from. */
  #arranged?: NoticeItem[];
  /** Re-renders when a notice expires or a "Mới" badge ends, while the page stays open. */
  #recheck?: ReturnType<typeof setTimeout>;
  /** Measures the ticker again when its box (`box`) or its track changes size. */
  #resize?: ResizeObserver;
  #box?: HTMLElement | null;
  /** The ticker's loop length now set on its track, in seconds. */
  #tickSeconds = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#recheck);
    this.#resize?.disconnect();
    this.#resize = this.#box = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Turned off from code: the old attribute must not say otherwise.
    if (changed.has('ticker') && !this.ticker) this.removeAttribute('scroll');
    const items = (this.#arranged = this.data.data);
    // Notices expire as time passes (or as `now` moves): a list whose every notice expired is empty.
    this.#visible = items ? this.#arrange(items) : [];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    clearTimeout(this.#recheck);
    // An update can still run just after removal, or in the document of a removed iframe: start nothing then.
    if (!inLiveDocument(this)) return;
    const items = this.data.data;
    // With an injected clock nothing changes by itself; otherwise wake up when something would.
    const wait = items && !this.now ? nextChange(items, new Date(), this.timeZone, this.newDays) : undefined;
    // Capped, so a sleeping laptop or a changed system clock is caught up within hours.
    if (wait !== undefined) this.#recheck = setTimeout(() => this.requestUpdate(), Math.min(wait + 500, 6 * 3_600_000));
    const box = this.renderRoot.querySelector<HTMLElement>('.viewport');
    if (box !== this.#box) {
      this.#resize?.disconnect();
      this.#resize = undefined;
      this.#tickSeconds = 0; // a new track has no length set yet
      if ((this.#box = box)) {
        // Measured in the next frame: a list that starts or stops moving (reduced motion turned on or
        // off) changes the track's size, which would be a resize observed in the same frame.
        (this.#resize = new ResizeObserver(() => requestAnimationFrame(() => this.#measure()))).observe(box);
        this.#resize.observe(box.firstElementChild!);
      }
    }
    this.#measure();
  }

  /** The ticker moves when its list is taller than its box; one list height takes height / speed seconds. */
  #measure(): void {
    const box = this.#box;
    const list = box?.querySelector('ul');
    const height = list?.getBoundingClientRect().height ?? 0;
    if (list) {
      const track = list.parentElement!;
      const seconds = height / (this.tickerSpeed > 0 ? this.tickerSpeed : 30);
      if (seconds !== this.#tickSeconds) {
        this.#tickSeconds = seconds;
        const [tick] = track.getAnimations();
        const progress = tick?.effect?.getComputedTiming().progress;
        track.style.animationDuration = `${seconds}s`;
        // A new length (the box was resized, the text rewrapped) keeps the ticker where it was in its
        // loop, instead of jumping to where the old time falls in the new length.
        if (progress) tick!.currentTime = progress * seconds * 1000;
      }
    }
    this.moving = !!box && height > box.clientHeight + 1;
  }

  #arrange(items: readonly NoticeItem[]): NoticeView[] {
    return arrangeNotices(items, this.now ?? new Date(), this.timeZone, this.limit, this.newDays);
  }

  /** Ghost rows for `limit` notices (5 when unset), in the items' own boxes; in the ticker's box with `ticker`. */
  protected override renderSkeleton(): TemplateResult {
    const rows = skeleton(
      this.i18n.t('loading'),
      html`<ul aria-hidden="true">
        ${Array.from(
          { length: Math.min(this.limit || 5, 10) },
          (_, i) => html`<li>${skeletonBox(GHOST.slice(0, GHOST_LENGTHS[i % 5]))} ${skeletonBox('(31/03/2020)', 'date')}</li>`,
        )}
      </ul>`,
    );
    return this.ticker ? html`<div class="ticker">${rows}</div>` : rows;
  }

  protected renderReady(): TemplateResult {
    if (!this.ticker) return this.#renderList();
    const { moving, paused } = this;
    // Hover, focus and the pause button pause the (CSS) animation; reduced motion removes it, with the copy and button.
    // A list of plain text (no links) taller than its box: the box takes focus, so keyboard users can scroll it when it stands still.
    return html`<div class="ticker ${paused ? 'paused' : ''}" part="ticker">
      ${
        moving
          ? html`<div class="controls" part="controls">
              <button type="button" class="pause" part="button pause" @click=${() => (this.paused = !paused)}>
                <svg viewBox="0 0 24 24" aria-hidden="true">
                  <path d=${paused ? 'M6 3l15 9-15 9z' : 'M5 3h5v18H5zM14 3h5v18h-5z'} /></svg
                >${this.i18n.t(paused ? 'play' : 'pause')}
              </button>
            </div>`
          : nothing
      }
      <div
        class="viewport ${moving ? 'moving' : ''}"
        part="viewport"
        tabindex=${moving && this.#visible.every((v) => !v.item.url) ? '0' : nothing}
        @focusin=${this.#follow}
        @scroll=${this.#follow}
      >
        <div class="track">${this.#renderList()}${moving ? this.#renderList(true) : nothing}</div>
      </div>
    </div>`;
  }

  /**
   * While the list moves, what keyboard focus is on stays in view: a focused notice out of the box
   * is moved to its top, and the browser's own scrolling of the box becomes the animation's position.
   */
  #follow(e: Event): void {
    const box = e.currentTarget as HTMLElement;
    const track = box.firstElementChild as HTMLElement;
    const [animation] = track.getAnimations();
    if (!animation) return;
    const { progress, duration } = animation.effect!.getComputedTiming();
    const period = track.offsetHeight / 2;
    let y = progress! * period + box.scrollTop;
    box.scrollTop = 0;
    const li = (e.target as Element).closest('li');
    if (li && (li.offsetTop < y || li.offsetTop + li.offsetHeight > y + box.clientHeight)) y = li.offsetTop;
    animation.currentTime = (y / period) * (duration as number);
  }

  /** The list, or (`copy`) its duplicate for the ticker's loop: hidden from assistive technology and inert. */
  #renderList(copy?: boolean): TemplateResult {
    return html`<ul
      class="items ${copy ? 'copy' : ''}"
      part=${copy ? 'list copy' : 'list'}
      aria-hidden=${copy || nothing}
      ?inert=${copy}
    >
      ${this.#visible.map(({ item, isNew }) => {
        const { pinned, important, title, url } = item;
        // A link carries its status words in its name ("… (Quan trọng, Mới)"), so a screen reader's list
        // of links says them too; the badges outside it are then hidden, not read a second time.
        const statuses = [pinned && this.i18n.t('pinned'), important && this.i18n.t('important'), isNew && this.i18n.t('new')];
        const said = statuses.filter((s): s is string => !!s);
        const name = url && said.length ? `${title} (${said.join(', ')})` : undefined;
        const badgeHidden = name ? 'true' : nothing;
        return html`<li part="item${pinned ? ' item-pinned' : ''}${important ? ' item-important' : ''}">
          ${
            pinned
              ? html`<svg class="pin" part="pin" viewBox="0 0 24 24" aria-hidden="true">
                    <path d="M9 1h6v2l-1 1v6l3 3v2h-4v7l-1 1-1-1v-7H7v-2l3-3V4L9 3z" /></svg
                  >${name ? nothing : html`<span class="sr-only">${this.i18n.t('pinned')}: </span>`}`
              : nothing
          }${
            important
              ? html`<span class="badge important" part="badge important" aria-hidden=${badgeHidden}
                  >${this.i18n.t('important')}</span
                > `
              : nothing
          }${
            url
              ? html`<a part="link" class="link" href=${url} aria-label=${name ?? nothing} tabindex=${copy ? -1 : nothing}
                  >${title}</a
                >`
              : html`<span part="text" class="link">${title}</span>`
          }
          ${dateTemplate(item.date, this.i18n.lang, this.timeZone, true)}${
            isNew
              ? html` <span class="badge new" part="badge new" aria-hidden=${badgeHidden}>${this.i18n.t('new')}</span>`
              : nothing
          }
        </li>`;
      })}
    </ul>`;
  }
}

define('gov-notice-board', GovNoticeBoard);

declare global {
  interface HTMLElementTagNameMap {
    'gov-notice-board': GovNoticeBoard;
  }
}
