import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { baseStyles } from '../core/base.styles.js';
import { DataSource } from '../core/data-source.js';
import type { GovEventMap } from '../core/events.js';
import { dataChanged } from '../core/same-data.js';
import { formatDate, isoDay } from '../core/format.js';
import { define, GovElement } from '../core/gov-element.js';
import { dateTemplate, imageTemplate, linkOrText, skeleton, skeletonBox } from '../core/templates.js';
import { toNewsItems, type NewsItem, type NewsItemInput } from './news-list.data.js';
import { registerLanguage, type GovLabels, type Lang, type LanguageLabels, type LanguageOptions } from '../core/i18n.js';
import { newsListStrings, type NewsListLabel } from './news-list.strings.js';
import { newsListStyles } from './news-list.styles.js';

export type { NewsItem, NewsItemInput };
export { registerLanguage, type GovLabels, type Lang, type LanguageLabels, type LanguageOptions, type NewsListLabel };

/** Invisible text of the loading placeholder: typical lengths of the model page's titles and summaries. */
const GHOST_TITLE = 'Huyện ủy Gia Lộc tổ chức hội nghị trực tuyến chỉ đạo đợt cao điểm phòng chống dịch COVID-19';
const GHOST_DATE = '31/03/2020';
const GHOST_SUMMARY =
  'Thường trực HĐND huyện Gia Lộc tổ chức hội nghị chuyên đề về nâng cao chất lượng, hiệu quả hoạt động tiếp xúc cử tri.';

/** The three looks of a news list. */
export type NewsLayout = 'list' | 'cards' | 'featured';

/** `detail` of the news list's `gov-load`: the validated items it rendered. */
export interface GovNewsListLoadDetail {
  items: NewsItem[];
}

/** The news list's events, for `addEventListener` and the framework wrappers. */
export type GovNewsListEventMap = GovEventMap<GovNewsListLoadDetail>;

/**
 * A list of news articles ("Các tin khác", "Tin tức – Sự kiện"), from `items`, a JSON or RSS/Atom
 * `src`, or an inline `<script type="application/json">`.
 *
 * @summary News list: title and date per item, as a list, a card grid, or a featured item over a list.
 * @tag gov-news-list
 *
 * @csspart list - The `<ul>` of items.
 * @csspart item - One `<li>`.
 * @csspart link - An item's title link.
 * @csspart text - An item's title when it has no link.
 * @csspart date - An item's `<time>`.
 * @csspart image - A card's or the featured item's image.
 * @csspart summary - The featured item's summary.
 * @csspart featured - The featured item.
 * @csspart button - The "Xem thêm" and "Thử lại" buttons.
 * @csspart more - The "Xem thêm" / "Show more" button (it is also a `button`).
 *
 * @cssprop --gov-color-skeleton - Loading placeholder and image background.
 * @cssprop --gov-card-min-width - Minimum card width in the `cards` layout (default 12em).
 */
export class GovNewsList extends GovElement<NewsItem[], 'showMore', GovNewsListEventMap> {
  static override styles = [baseStyles, newsListStyles];
  static override properties = {
    items: { attribute: false, hasChanged: dataChanged },
    timeZone: { attribute: 'time-zone' },
    limit: { type: Number },
    pageSize: { attribute: 'page-size', type: Number },
    layout: { reflect: true },
    hideDate: { attribute: 'hide-date', type: Boolean },
  };

  /** Items set from code; they take priority over `src` and are validated like fetched data. */
  items?: NewsItemInput[];

  /** IANA time zone the dates are read and shown in (e.g. `Asia/Ho_Chi_Minh`); the visitor's own when unset. */
  override timeZone?: string;

  /** The most items shown (0: all). */
  limit = 0;

  /** Items per page; a "Xem thêm" button reveals the next page (0: no paging). */
  pageSize = 0;

  /** `list` (title and date, default), `cards` (thumbnail grid) or `featured`. */
  layout: NewsLayout = 'list';

  /** Hides the dates. */
  hideDate = false;

  protected readonly strings = newsListStrings;

  protected readonly data = new DataSource<NewsItem[], GovNewsListLoadDetail>(this, {
    property: () => this.items,
    parse: (raw, base, timeZone) => toNewsItems(raw, base, timeZone),
    isEmpty: (items) => items.length === 0,
    detail: (items) => ({ items }),
  });

  #pages = 1;
  #seen: NewsItem[] | undefined;
  #visible: NewsItem[] = [];
  #total = 0;
  #focusIndex = -1;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const items = this.data.data ?? [];
    if (items !== this.#seen || changed.has('pageSize')) {
      this.#seen = items;
      this.#pages = 1;
    }
    this.#total = this.limit > 0 ? Math.min(this.limit, items.length) : items.length;
    const shown = this.pageSize > 0 ? Math.min(this.#total, this.pageSize * this.#pages) : this.#total;
    this.#visible = items.slice(0, shown);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusIndex >= 0) {
      // Keyboard users land on the first item that "Xem thêm" revealed, not back at the top.
      const link = this.renderRoot.querySelectorAll<HTMLElement>('.items > li .link')[this.#focusIndex];
      if (link && link.tagName !== 'A') link.tabIndex = -1; // a title without a link can still take focus
      link?.focus();
      this.#focusIndex = -1;
    }
  }

  /**
   * The loading placeholder has the shape of the coming list: the same rows, cards or featured
   * item, with the same CSS, holding invisible text of a typical title's length. Titles wrap as
   * real ones do at any width, so the ready list takes about the same height and the page under
   * the element does not move (tests/layout-shift.test.ts). A "Xem thêm" placeholder is kept with
   * `page-size`.
   */
  protected override renderSkeleton(): TemplateResult {
    const rows = Math.min(this.pageSize || this.limit || 5, 24);
    const { layout } = this;
    const date = (wrap: boolean): unknown =>
      this.hideDate ? nothing : skeletonBox(wrap ? `(${GHOST_DATE})` : GHOST_DATE, 'date');
    const row = (): TemplateResult =>
      layout === 'cards'
        ? html`<span class="row" aria-hidden="true"
            >${skeletonBox('', 'image')}${skeletonBox(GHOST_TITLE, 'link')}${date(false)}</span
          >`
        : html`<span class="row" aria-hidden="true">${skeletonBox(GHOST_TITLE, 'link')} ${date(true)}</span>`;
    const featured = layout === 'featured';
    return skeleton(
      this.i18n.t('loading'),
      html`${
          featured
            ? html`<div class="featured has-image" aria-hidden="true">
                ${skeletonBox('', 'image')}
                <div>
                  ${skeletonBox(GHOST_TITLE, 'link')} ${date(false)}
                  <p class="summary">${skeletonBox(GHOST_SUMMARY)}</p>
                </div>
              </div>`
            : nothing
        }
        <div class="rows">${Array.from({ length: featured ? rows - 1 : rows }, row)}</div>
        ${
          this.pageSize > 0
            ? html`<div class="more" aria-hidden="true">${skeletonBox(this.i18n.t('showMore'), 'button')}</div>`
            : nothing
        }`,
    );
  }

  protected renderReady(): TemplateResult {
    const [first, ...rest] = this.#visible;
    const featured = this.layout === 'featured' && first;
    const rows = featured ? rest : this.#visible;
    // The list is hidden, not left out, when empty: one template fewer for Lit to prepare on first render.
    return html`${featured ? this.#renderFeatured(first) : nothing}
      <ul class="items" part="list" ?hidden=${!rows.length}>
        ${rows.map((item) => this.#renderItem(item))}
      </ul>
      ${
        this.#visible.length < this.#total
          ? html`<div class="more">
              <button type="button" part="button more" @click=${this.#showMore}>${this.i18n.t('showMore')}</button>
            </div>`
          : nothing
      }`;
  }

  #renderDate(item: NewsItem, wrap: boolean): unknown {
    return this.hideDate ? nothing : dateTemplate(item.date, this.i18n.lang, this.timeZone, wrap);
  }

  #renderItem(item: NewsItem): TemplateResult {
    if (this.layout === 'cards') {
      return html`<li part="item">
        ${
          // Without a picture, an empty frame of the same size keeps the card's title in line with its neighbours'.
          item.image ? imageTemplate(item.image.src, item.image.alt, 320, 180) : html`<span class="image" part="image"></span>`
        }
        ${linkOrText(item.url, item.title)} ${this.#renderDate(item, false)}
      </li>`;
    }
    const date = this.hideDate ? undefined : item.date;
    if (item.url && date) {
      // The usual row, a link and its date, as one flat template: Lit clones one fragment per item
      // instead of three (row, link, date). The texts are text children, not `.textContent`
      // bindings, which server rendering does not write. Same markup as linkOrText() + dateTemplate().
      const { lang } = this.i18n;
      // prettier-ignore
      return html`<li part="item"><a part="link" class="link" href=${item.url}>${item.title}</a> <time part="date" class="date" datetime=${isoDay(date, this.timeZone)}>(${formatDate(date, lang, this.timeZone)})</time></li>`;
    }
    return html`<li part="item">${linkOrText(item.url, item.title)} ${this.#renderDate(item, true)}</li>`;
  }

  #renderFeatured(item: NewsItem): TemplateResult {
    return html`<article class="featured ${item.image ? 'has-image' : ''}" part="featured">
      ${item.image ? imageTemplate(item.image.src, item.image.alt, 480, 270) : nothing}
      <div>
        ${linkOrText(item.url, item.title)} ${this.#renderDate(item, false)}
        ${item.summary ? html`<p class="summary" part="summary">${item.summary}</p>` : nothing}
      </div>
    </article>`;
  }

  #showMore(): void {
    this.#focusIndex = this.#visible.length - (this.layout === 'featured' ? 1 : 0);
    this.#pages++;
    this.requestUpdate();
  }
}

define('gov-news-list', GovNewsList);

declare global {
  interface HTMLElementTagNameMap {
    'gov-news-list': GovNewsList;
  }
}
