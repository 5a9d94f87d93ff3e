import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from '../core/base.styles.js';
import { DataSource } from '../core/data-source.js';
import { define, GovElement } from '../core/gov-element.js';
import { dateTemplate } from '../core/templates.js';
import { noticeBoardStrings } from './notice-board.strings.js';
import { noticeBoardStyles } from './notice-board.styles.js';
import {
  arrangeNotices,
  nextChange,
  toNoticeItems,
  type NoticeItem,
  type NoticeItemInput,
  type NoticeView,
} from './notice-item.js';
import { DEFAULT_SPEED, TickerController } from './ticker-controller.js';

export type { NoticeItem, NoticeItemInput, NoticeView };

const pinIcon = svg`<path d="M9 1h6v2l-1 1v6l3 3v2h-4v7l-1 1-1-1v-7H7v-2l3-3V4L9 3z" />`;
const pauseIcon = svg`<path d="M5 3h5v18H5zM14 3h5v18h-5z" />`;
const playIcon = svg`<path d="M6 3l15 9-15 9z" />`;

/**
 * A board of notices ("Thông báo"): expired notices are hidden, pinned ones come first, then the
 * newest; recent notices get a "Mới" badge and important ones a visible "Quan trọng" label. Data
 * from `items`, a JSON or RSS/Atom `src` (refetched every `refresh` seconds), or an inline
 * `<script type="application/json">`.
 *
 * The list is still by default (Thông tư 32/2017/TT-BTTTT, Điều 18). With `scroll` it becomes a
 * vertical ticker that moves only when the list is taller than its box, pauses on hover and focus,
 * has a pause / play button, and stays still under `prefers-reduced-motion`.
 *
 * @summary Notice board: pinned and newest notices first, "Mới" and "Quan trọng" badges, expiry, an opt-in ticker.
 * @tag gov-notice-board
 *
 * @attr state - `loading` | `ready` | `empty` | `error`; set by the element, for styling and tests.
 *
 * @slot - Fallback content (e.g. a plain `<ul>` of links), shown until data renders and when there is no source.
 * @slot heading - Replaces the heading text.
 *
 * @csspart box - The outer box.
 * @csspart heading - The coloured heading bar.
 * @csspart body - The bordered body under the heading.
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
 * @csspart ticker - With `scroll`: the ticker, a box of the element's height or `--gov-ticker-height` holding the controls and the viewport.
 * @csspart controls - The row that holds the pause / play button (only while the list moves).
 * @csspart viewport - The part of the ticker the list moves through.
 * @csspart button - The pause / play and "Thử lại" buttons.
 * @csspart pause - The pause / play button.
 * @csspart message - The empty and error messages.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --gov-color-primary - Heading bar, button and pin colour (default #0b4a8b).
 * @cssprop --gov-color-on-primary - Text on the heading bar (default #fff).
 * @cssprop --gov-color-text - Body text colour.
 * @cssprop --gov-color-muted - Dates and messages.
 * @cssprop --gov-color-link - Link colour.
 * @cssprop --gov-color-border - Box and separator colour.
 * @cssprop --gov-color-surface - Box background.
 * @cssprop --gov-color-accent - Error text and the "Quan trọng" label (default #b3261e).
 * @cssprop --gov-color-focus - Focus outline.
 * @cssprop --gov-color-skeleton - Loading placeholder.
 * @cssprop --gov-color-new - Background of the "Mới" badge (default #a00f0f).
 * @cssprop --gov-color-on-new - Text of the "Mới" badge (default #fff).
 * @cssprop --gov-font-family - Font stack.
 * @cssprop --gov-font-size - Base font size.
 * @cssprop --gov-radius - Corner radius.
 * @cssprop --gov-space - Inner spacing.
 * @cssprop --gov-heading-transform - Heading text-transform (default uppercase).
 * @cssprop --gov-ticker-height - Height of the ticker (pause button row included) with `scroll`, when the element has no height of its own (default 12rem).
 *
 * @fires gov-load - Data rendered; `detail: { items }` (the notices shown: unexpired, ordered, limited).
 * @fires gov-error - Loading failed; `detail: { error, src }`.
 */
export class GovNoticeBoard extends GovElement<NoticeItem[], 'new' | 'important' | 'pinned' | 'pause' | 'play'> {
  static override styles = [baseStyles, noticeBoardStyles];

  /** Notices set from code; they take priority over `src` and are validated like fetched data. */
  @property({ attribute: false }) items?: NoticeItemInput[];

  /** The most notices shown (0: all). */
  @property({ type: Number }) limit = 0;

  /** Notices dated within this many days (today included) get a "Mới" / "New" badge; 0: no badges. */
  @property({ attribute: 'new-days', type: Number }) newDays = 7;

  /** Opt-in auto-scrolling ticker (attribute `scroll`); the list is still without it. */
  @property({ attribute: 'scroll', type: Boolean, reflect: true }) autoScroll = false;

  /** Ticker speed in pixels per second. */
  @property({ attribute: 'scroll-speed', type: Number }) scrollSpeed = DEFAULT_SPEED;

  /** Seconds between quiet refetches of `src` while the page is visible (0: none). */
  @property({ type: Number }) refresh = 0;

  /** The moment expiry and "Mới" are judged against (default: the current time, read at each render). */
  @property({ attribute: false }) now?: Date;

  protected readonly strings = noticeBoardStrings;

  protected readonly data = new DataSource<NoticeItem[]>(this, {
    property: () => this.items,
    parse: (raw, base) => toNoticeItems(raw, base),
    isEmpty: (items) => this.arrange(items).length === 0,
    detail: () => ({ items: this.visible.map((v) => v.item) }),
  });

  private readonly ticker = new TickerController(this, {
    enabled: () => this.autoScroll && this.data.state === 'ready' && this.visible.length > 0,
    speed: () => this.scrollSpeed,
    box: () => this.renderRoot.querySelector<HTMLElement>('.viewport'),
    track: () => this.renderRoot.querySelector<HTMLElement>('.track'),
    list: () => this.renderRoot.querySelector<HTMLElement>('.track > .items:not(.copy)'),
    copy: () => this.renderRoot.querySelector<HTMLElement>('.track > .copy'),
  });

  private visible: NoticeView[] = [];
  /** Re-renders when a notice expires or a "Mới" badge ends, while the page stays open. */
  private recheck: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.recheck);
    this.recheck = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const items = this.data.data;
    this.visible = items ? this.arrange(items) : [];
    // Notices expire as time passes (or as `now` moves): a list whose every notice expired is empty.
    if (items && (this.data.state === 'ready' || this.data.state === 'empty')) {
      this.data.state = this.visible.length > 0 ? 'ready' : 'empty';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    clearTimeout(this.recheck);
    this.recheck = undefined;
    const items = this.data.data;
    // With an injected clock nothing changes by itself; otherwise wake up when something would.
    const wait = items && !this.now && this.isConnected ? nextChange(items, new Date(), this.timeZone, this.newDays) : undefined;
    // Capped, so a sleeping laptop or a changed system clock is caught up within hours.
    if (wait !== undefined) this.recheck = setTimeout(() => this.requestUpdate(), Math.min(wait + 500, 6 * 3_600_000));
  }

  private arrange(items: readonly NoticeItem[]): NoticeView[] {
    return arrangeNotices(items, {
      now: this.now ?? new Date(),
      timeZone: this.timeZone,
      limit: this.limit,
      newDays: this.newDays,
    });
  }

  protected override renderSkeleton(): TemplateResult {
    const rows = Math.min(this.limit || 5, 10);
    return this.autoScroll ? html`<div class="ticker-skeleton">${super.renderSkeleton(rows)}</div>` : super.renderSkeleton(rows);
  }

  protected renderReady(): TemplateResult {
    if (!this.autoScroll) return this.renderList(false);
    const { active } = this.ticker;
    const paused = this.ticker.userPaused;
    return html`<div class="ticker" part="ticker">
      ${
        active
          ? html`<div class="controls" part="controls">
              <button type="button" class="pause" part="button pause" @click=${() => this.ticker.togglePause()}>
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paused ? playIcon : pauseIcon}</svg>
                ${this.i18n.t(paused ? 'play' : 'pause')}
              </button>
            </div>`
          : nothing
      }
      <div
        class="viewport ${active ? 'moving' : 'still'}"
        part="viewport"
        tabindex=${this.scrollableByKeyboard() ? '0' : nothing}
        @mouseenter=${this.ticker.onEnter}
        @mouseleave=${this.ticker.onLeave}
        @focusin=${this.ticker.onFocusIn}
        @focusout=${this.ticker.onFocusOut}
        @scroll=${this.ticker.onScroll}
      >
        <div class="track">${this.renderList(false)}${active ? this.renderList(true) : nothing}</div>
      </div>
    </div>`;
  }

  /** A still list taller than its box scrolls; with no link inside, keyboard users need to focus the box to scroll it. */
  private scrollableByKeyboard(): boolean {
    return !this.ticker.active && this.ticker.overflowing && this.visible.every((v) => !v.item.url);
  }

  /** The list, or (`copy`) its duplicate for the ticker's loop: hidden from assistive technology and inert. */
  private renderList(copy: boolean): TemplateResult {
    return copy
      ? html`<ul class="items copy" part="list copy" aria-hidden="true" inert>
          ${this.visible.map((v) => this.renderItem(v, true))}
        </ul>`
      : html`<ul class="items" part="list">
          ${this.visible.map((v) => this.renderItem(v, false))}
        </ul>`;
  }

  private renderItem({ item, isNew }: NoticeView, copy: boolean): TemplateResult {
    const t = (key: 'new' | 'important' | 'pinned'): string => this.i18n.t(key);
    const parts = ['item', item.pinned ? 'item-pinned' : '', item.important ? 'item-important' : ''].filter(Boolean).join(' ');
    const pin = item.pinned
      ? html`<svg class="pin" part="pin" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${pinIcon}</svg
          ><span class="sr-only">${t('pinned')}: </span>`
      : nothing;
    const label = item.important ? html`<span class="badge important" part="badge important">${t('important')}</span> ` : nothing;
    const title = item.url
      ? html`<a part="link" class="link" href=${item.url} tabindex=${copy ? '-1' : nothing}>${item.title}</a>`
      : html`<span part="text" class="link">${item.title}</span>`;
    const date = dateTemplate(item.date, this.i18n.lang, this.timeZone, true);
    const badge = isNew ? html` <span class="badge new" part="badge new">${t('new')}</span>` : nothing;
    return html`<li part=${parts} class=${item.important ? 'important' : ''}>${pin}${label}${title} ${date}${badge}</li>`;
  }
}

define('gov-notice-board', GovNoticeBoard);

declare global {
  interface HTMLElementTagNameMap {
    'gov-notice-board': GovNoticeBoard;
  }
}
