import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { baseStyles } from '../core/base.styles.js';
import { DataSource } from '../core/data-source.js';
import type { GovEventMap } from '../core/events.js';
import { dataChanged } from '../core/same-data.js';
import { formatNumber } from '../core/format.js';
import { define, focusTarget, GovElement } from '../core/gov-element.js';
import { registerLanguage, type GovLabels, type Lang, type LanguageLabels, type LanguageOptions } from '../core/i18n.js';
import { dateTemplate, linkOrText, skeleton, skeletonBox } from '../core/templates.js';
import {
  documentStatus,
  toDocumentItems,
  type DocumentFile,
  type DocumentFileInput,
  type DocumentItem,
  type DocumentItemInput,
  type DocumentStatus,
} from './document-list.data.js';
import {
  distinct,
  emptyQuery,
  filterDocuments,
  indexDocuments,
  isFiltered,
  readQuery,
  sortDocuments,
  writeQuery,
  type DocumentQuery,
  type IndexedDocument,
  type SortDirection,
  type SortKey,
} from './document-list.filter.js';
import { documentListStrings, type DocumentListLabel } from './document-list.strings.js';
import { documentListStyles } from './document-list.styles.js';

export type { DocumentFile, DocumentFileInput, DocumentItem, DocumentItemInput, DocumentStatus, SortDirection, SortKey };
export { registerLanguage, type GovLabels, type Lang, type LanguageLabels, type LanguageOptions, type DocumentListLabel };

/** The columns `columns` can name, in their default order. */
export type DocumentColumn =
  'number' | 'title' | 'type' | 'issuer' | 'signer' | 'issued' | 'effective' | 'expires' | 'status' | 'files';

const COLUMNS: readonly DocumentColumn[] = [
  'number',
  'title',
  'type',
  'issuer',
  'signer',
  'issued',
  'effective',
  'expires',
  'status',
  'files',
];
const SORTABLE: readonly string[] = ['number', 'issued', 'effective'];
const DEFAULT_COLUMNS = 'number issued title status files';

/** Milliseconds between a keystroke in the search box and the search: typing stays smooth on long registers. */
const TYPING_PAUSE = 150;

/** Invisible text of the loading rows: a typical number and trích yếu. */
const GHOST_NUMBER = '15/2026/QĐ-UBND';
const GHOST_TITLE =
  'Ban hành Quy chế phối hợp trong công tác quản lý nhà nước về đất đai, trật tự xây dựng trên địa bàn huyện và các xã, thị trấn';

/** `PDF, 1,2 MB` (vi) or `PDF, 1.2 MB` (en): a file's format and size, either may be missing. */
export function fileLabel(file: Pick<DocumentFile, 'format' | 'size'>, lang: Lang): string {
  const parts: string[] = [];
  if (file.format) parts.push(file.format);
  if (file.size !== undefined) {
    const units = ['B', 'KB', 'MB', 'GB'];
    let n = file.size;
    let u = 0;
    while (n >= 1024 && u < units.length - 1) {
      n /= 1024;
      u++;
    }
    const shown = u === 0 ? n : n < 10 ? Math.round(n * 10) / 10 : Math.round(n);
    parts.push(`${formatNumber(shown, lang)} ${units[u]}`);
  }
  return parts.join(', ');
}

/** `detail` of the document list's `gov-load`: the validated documents it rendered. */
export interface GovDocumentListLoadDetail {
  items: DocumentItem[];
}

/** The document list's events, for `addEventListener` and the framework wrappers. */
export type GovDocumentListEventMap = GovEventMap<GovDocumentListLoadDetail>;

/**
 * A register of legal and administrative documents ("Văn bản", Nghị định 42/2022/NĐ-CP), from
 * `items`, a JSON or RSS/Atom `src`, or an inline `<script type="application/json">`. A table on
 * wide boxes and stacked cards under 40rem, with search (diacritics and case ignored), filters by
 * type, issuer and year, sortable columns and pages; `sync-url` keeps the choice in the page URL.
 *
 * @summary Document register: number, dates, title, status and files, searchable, filterable, sortable and paged.
 * @tag gov-document-list
 *
 * @slot - Fallback content (e.g. a plain table or list of links to the documents), shown until data renders and when there is no source.
 *
 * @csspart controls - The search and filters (`role="search"`).
 * @csspart search - The search box.
 * @csspart filter - Each filter menu (type, issuer, year).
 * @csspart count - The results count ("Có 40 văn bản."), announced politely when it changes.
 * @csspart table - The `<table>`.
 * @csspart header - A column heading (`<th scope="col">`).
 * @csspart sort - A sortable column's button.
 * @csspart row - One document's row (a card under 40rem).
 * @csspart cell - A cell; the number's cell is the row header (`<th scope="row">`).
 * @csspart link - A document's title link.
 * @csspart text - A document's title when it has no link.
 * @csspart date - A `<time>`.
 * @csspart status - The status word with its colour; also `status-effective`, `status-expired`, `status-partly-expired` or `status-not-yet`.
 * @csspart files - The list of a document's files.
 * @csspart file - A file link ("Tải về (PDF, 1,2 MB)").
 * @csspart pager - The paging `<nav>`.
 * @csspart button - Every button: clear, previous, next and "Thử lại" (sort buttons are `sort`).
 * @csspart clear - The "Xoá bộ lọc" / "Clear filters" buttons (also `button`).
 * @csspart previous - The "Trang trước" / "Previous page" button (also `button`).
 * @csspart next - The "Trang sau" / "Next page" button (also `button`).
 * @csspart message - The empty and error messages, and the no-match message with its clear button.
 *
 * @cssprop --gov-color-primary - Heading bar, buttons and the rule under the column headings (default #0b4a8b).
 * @cssprop --gov-color-muted - Dates, labels, the results count and the cards' column names.
 * @cssprop --gov-color-border - Box, row and card borders.
 * @cssprop --gov-color-stripe - Background of every other row (default #f4f7fa).
 * @cssprop --gov-color-status-effective - "Còn hiệu lực" / "In force" colour (default #17663a).
 * @cssprop --gov-color-status-expired - "Hết hiệu lực" / "Expired" colour (default #a0201a).
 * @cssprop --gov-color-status-partly-expired - "Hết hiệu lực một phần" / "Partly expired" colour (default #8a4b00).
 * @cssprop --gov-color-status-not-yet - "Chưa có hiệu lực" / "Not yet in force" colour (default #0b4a8b).
 */
export class GovDocumentList extends GovElement<DocumentItem[], DocumentListLabel, GovDocumentListEventMap> {
  static override styles = [baseStyles, documentListStyles];
  static override properties = {
    items: { attribute: false, hasChanged: dataChanged },
    timeZone: { attribute: 'time-zone' },
    columns: {},
    pageSize: { attribute: 'page-size', type: Number },
    sort: {},
    sortDirection: { attribute: 'sort-direction' },
    syncUrl: { attribute: 'sync-url' },
    now: { attribute: false },
    query: { state: true },
  };

  /** Documents set from code; they take priority over `src` and are validated like fetched data. */
  items?: DocumentItemInput[];

  /** IANA time zone the dates are read and shown in (e.g. `Asia/Ho_Chi_Minh`); the visitor's own when unset. */
  override timeZone?: string;

  /**
   * The columns shown, in order, separated by spaces or commas: `number`, `title`, `type`, `issuer`,
   * `signer`, `issued`, `effective`, `expires`, `status`, `files` (default `number issued title status files`).
   */
  columns = DEFAULT_COLUMNS;

  /** Documents per page (default 20; 0: all on one page). */
  pageSize = 20;

  /** The column the list is sorted by: `issued` (default), `effective` or `number`; the visitor can change it. */
  sort: SortKey = 'issued';

  /** `desc` (default: newest or highest first) or `asc`. */
  sortDirection: SortDirection = 'desc';

  /**
   * Mirrors the search, filters, sort and page in the page URL (history.replaceState), reads them
   * back on load and on back/forward, so a filtered list can be linked. The value prefixes the
   * parameter names (`sync-url="vb"` → `vb-q`, `vb-type`…), for two registers on one page.
   */
  syncUrl?: string | null;

  /** The moment statuses are computed at (default: the current time, read at each render). */
  now?: Date;

  protected readonly strings = documentListStrings;

  protected readonly data = new DataSource<DocumentItem[], GovDocumentListLoadDetail>(this, {
    property: () => this.items,
    parse: (raw, base, timeZone) => toDocumentItems(raw, base, timeZone),
    isEmpty: (items) => items.length === 0,
    detail: (items) => ({ items }),
  });

  /** The visitor's search, filters and page. */
  private query: DocumentQuery = emptyQuery();

  /** The search box's text while typing, before it is applied. */
  #typed = '';
  #typingTimer: ReturnType<typeof setTimeout> | undefined;

  #seen: DocumentItem[] | undefined;
  #seenZone: string | undefined;
  #indexed: IndexedDocument[] = [];
  #sorted: IndexedDocument[] = [];
  /** The sort `sorted` is in (`issued-desc`…): the URL may change the sort during an update. */
  #sortedBy = '';
  #found: IndexedDocument[] = [];
  #visible: IndexedDocument[] = [];
  #pageCount = 1;
  #options: { type: string[]; issuer: string[]; year: string[] } = { type: [], issuer: [], year: [] };
  #shownColumns: DocumentColumn[] = [];
  #moment = new Date();
  /** The sort the page set, so the URL carries a sort only when the visitor changed it. */
  #pageSort: string | undefined;
  #focusAfter: 'table' | 'search' | undefined;

  readonly #onPopState = (): void => this.#readUrl();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
    if (this.syncUrl != null) this.#readUrl();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    clearTimeout(this.#typingTimer);
    this.#typingTimer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#pageSort ??= `${this.sort}-${this.sortDirection}`;
    if (changed.has('syncUrl') && this.syncUrl != null && this.isConnected) this.#readUrl();
    this.#moment = this.now ?? new Date();
    this.#shownColumns = this.#parseColumns();

    const items = this.data.data ?? [];
    const reindex = items !== this.#seen || this.timeZone !== this.#seenZone;
    if (reindex) {
      this.#seen = items;
      this.#seenZone = this.timeZone;
      this.#indexed = indexDocuments(items, this.timeZone);
      this.#options = {
        type: distinct(this.#indexed, (d) => d.item.type),
        issuer: distinct(this.#indexed, (d) => d.item.issuer),
        year: distinct(this.#indexed, (d) => d.year).reverse(),
      };
    }
    const key: SortKey = SORTABLE.includes(this.sort) ? this.sort : 'issued';
    const direction: SortDirection = this.sortDirection === 'asc' ? 'asc' : 'desc';
    if (reindex || this.#sortedBy !== `${key}-${direction}`) {
      this.#sortedBy = `${key}-${direction}`;
      this.#sorted = sortDocuments(this.#indexed.slice(), key, direction);
    }
    // Filtering keeps the sorted order: a keystroke costs one pass over the precomputed keys.
    this.#found = filterDocuments(this.#sorted, this.query);
    const size = this.pageSize > 0 ? Math.floor(this.pageSize) : 0;
    this.#pageCount = size ? Math.max(1, Math.ceil(this.#found.length / size)) : 1;
    const page = Math.min(Math.max(1, this.query.page), this.#pageCount);
    this.#visible = size ? this.#found.slice((page - 1) * size, page * size) : this.#found;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.#focusAfter;
    this.#focusAfter = undefined;
    if (target === 'search') this.renderRoot.querySelector<HTMLElement>('#q')?.focus();
    else if (target === 'table') focusTarget(this.renderRoot.querySelector<HTMLElement>('[part~="table"]'));
  }

  /**
   * The loading placeholder has the shape of the coming register: the search bar, the count and a
   * table of the same columns and rows (a page, 10 without paging) whose cells hold invisible text
   * of typical length, in the same CSS, so the ready table takes about the same height at any width.
   */
  protected override renderSkeleton(): TemplateResult {
    const rows = Math.min(this.pageSize > 0 ? Math.floor(this.pageSize) : 10, 50);
    const t = this.i18n.t.bind(this.i18n);
    const field = (label: string, cls = ''): TemplateResult =>
      html`<div class="field ${cls}">${skeletonBox(label, 'label')}${skeletonBox('', 'input')}</div>`;
    const sample: Record<DocumentColumn, string> = {
      number: GHOST_NUMBER,
      title: GHOST_TITLE,
      type: 'Quyết định',
      issuer: 'UBND huyện Gia Lộc',
      signer: 'Nguyễn Văn A',
      issued: '30/03/2020',
      effective: '30/03/2020',
      expires: '30/03/2020',
      status: t('status-effective'),
      files: `${t('download')} (PDF, 1,2 MB)`,
    };
    const columns = this.#shownColumns;
    return skeleton(
      t('loading'),
      html`<div aria-hidden="true">
        <div class="controls">${field(t('search'), 'search')} ${field(t('type'))} ${field(t('issuer'))} ${field(t('year'))}</div>
        <p class="count">${skeletonBox(t('count', 40))}</p>
        <table class="table">
          <thead>
            <tr>
              ${columns.map((c) => html`<th class="col-${c} ${SORTABLE.includes(c) ? 'sortable' : ''}">${skeletonBox(t(c))}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${Array.from(
              { length: rows },
              () =>
                html`<tr>
                  ${columns.map((c) => html`<td class="col-${c}" data-label=${t(c)}>${skeletonBox(sample[c])}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
        ${this.pageSize > 0 ? html`<div class="pager">${skeletonBox(t('next'), 'input')}</div>` : nothing}
      </div>`,
    );
  }

  protected renderReady(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const filtered = isFiltered(this.query);
    const total = this.#indexed.length;
    const found = this.#found.length;
    const count = filtered
      ? t('found', this.#number(found), this.#number(total))
      : found === 1
        ? t('countOne')
        : t('count', this.#number(found));
    return html`${this.#renderControls(filtered)}
      <p class="count" part="count" role="status">${count}</p>
      ${
        found
          ? this.#renderTable()
          : html`<div class="no-match" part="message">
              <p>${t('noMatch')}</p>
              <button type="button" part="button clear" @click=${this.#clear}>${t('clear')}</button>
            </div>`
      }
      ${this.#renderPager()}`;
  }

  #renderControls(filtered: boolean): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const select = (name: 'type' | 'issuer' | 'year', label: string): unknown => {
      const values = this.#options[name];
      const current = this.query[name];
      // A menu with one choice filters nothing; it stays when the URL chose a value.
      if (values.length < 2 && !current) return nothing;
      const shown = current && !values.includes(current) ? [current, ...values] : values;
      return html`<div class="field">
        <label for=${name}>${label}</label>
        <select id=${name} part="filter" @input=${(e: Event) => this.#apply({ [name]: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!current}>${t('any')}</option>
          ${shown.map((v) => html`<option .value=${v} ?selected=${v === current}>${v}</option>`)}
        </select>
      </div>`;
    };
    return html`<div class="controls" part="controls" role="search" aria-label=${t('filters')}>
      <div class="field search">
        <label for="q">${t('search')}</label>
        <input
          id="q"
          part="search"
          type="search"
          autocomplete="off"
          .value=${this.#typed}
          @input=${this.#onType}
          @keydown=${this.#onKey}
        />
      </div>
      ${select('type', t('type'))} ${select('issuer', t('issuer'))} ${select('year', t('year'))}
      <div class="field clear" ?hidden=${!filtered}>
        <button type="button" part="button clear" @click=${this.#clear}>${t('clear')}</button>
      </div>
    </div>`;
  }

  #renderTable(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const columns = this.#shownColumns;
    const rowHeader = columns.includes('number') ? 'number' : columns.includes('title') ? 'title' : columns[0];
    const key = SORTABLE.includes(this.sort) ? this.sort : 'issued';
    const direction = this.sortDirection === 'asc' ? 'ascending' : 'descending';
    // Explicit roles: the card layout changes the table's display, which would otherwise drop its semantics.
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`<table part="table" class="table" role="table">
      <caption class="sr-only">
        ${this.heading || t('caption')}
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          ${columns.map((c) => {
            const sortable = SORTABLE.includes(c);
            const current = sortable && c === key;
            return html`<th
              scope="col"
              role="columnheader"
              part="header"
              class="col-${c} ${sortable ? 'sortable' : ''}"
              aria-sort=${current ? direction : nothing}
            >
              ${
                sortable
                  ? html`<button type="button" part="sort" @click=${() => this.#sortBy(c as SortKey)}>
                      ${t(c)}<span class="arrow" aria-hidden="true"
                        >${current ? (direction === 'ascending' ? '▲' : '▼') : '⇅'}</span
                      >
                    </button>`
                  : t(c)
              }
            </th>`;
          })}
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${this.#visible.map(
          ({ item }) =>
            html`<tr role="row" part="row">
              ${columns.map((c) =>
                c === rowHeader
                  ? html`<th scope="row" role="rowheader" part="cell" class="col-${c}" data-label=${t(c)}>
                      ${this.#renderCell(item, c)}
                    </th>`
                  : html`<td role="cell" part="cell" class="col-${c}" data-label=${t(c)}>${this.#renderCell(item, c)}</td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>`;
    /* eslint-enable lit-a11y/no-redundant-role */
  }

  #renderCell(item: DocumentItem, column: DocumentColumn): unknown {
    const { lang } = this.i18n;
    switch (column) {
      case 'number':
        return item.number || html`<span class="none">${this.i18n.t('noNumber')}</span>`;
      case 'title':
        return linkOrText(item.url, item.title);
      case 'issued':
      case 'effective':
      case 'expires':
        return dateTemplate(item[column], lang, this.timeZone);
      case 'status': {
        const status = documentStatus(item, this.#moment, this.timeZone);
        return status
          ? html`<span part="status status-${status}" class="status ${status}">${this.i18n.t(`status-${status}`)}</span>`
          : nothing;
      }
      case 'files':
        return item.files.length ? this.#renderFiles(item) : nothing;
      default:
        return item[column] ?? nothing;
    }
  }

  #renderFiles(item: DocumentItem): TemplateResult {
    const { lang } = this.i18n;
    return html`<ul class="files" part="files">
      ${item.files.map((f) => {
        const meta = fileLabel(f, lang);
        return html`<li>
          <a part="file" class="file" href=${f.url}
            >${f.name ?? this.i18n.t('download')}${f.name ? nothing : html`<span class="sr-only"> ${this.i18n.t('fileOf', item.number)}</span>`}${
              meta ? html` <span class="meta">(${meta})</span>` : nothing
            }</a
          >
        </li>`;
      })}
    </ul>`;
  }

  #renderPager(): unknown {
    if (this.#pageCount < 2) return nothing;
    const t = this.i18n.t.bind(this.i18n);
    const page = Math.min(Math.max(1, this.query.page), this.#pageCount);
    return html`<nav class="pager" part="pager" aria-label=${t('pages')}>
      <button type="button" part="button previous" ?disabled=${page <= 1} @click=${() => this.#goTo(page - 1)}>
        ${t('previous')}
      </button>
      <span class="page">${t('page', this.#number(page), this.#number(this.#pageCount))}</span>
      <button type="button" part="button next" ?disabled=${page >= this.#pageCount} @click=${() => this.#goTo(page + 1)}>
        ${t('next')}
      </button>
    </nav>`;
  }

  #number(n: number): string {
    return formatNumber(n, this.i18n.lang);
  }

  #parseColumns(): DocumentColumn[] {
    const asked = String(this.columns ?? '')
      .toLowerCase()
      .split(/[\s,]+/)
      .filter((c): c is DocumentColumn => (COLUMNS as readonly string[]).includes(c));
    const unique = [...new Set(asked)];
    return unique.length ? unique : (DEFAULT_COLUMNS.split(' ') as DocumentColumn[]);
  }

  #onType(e: Event): void {
    this.#typed = (e.target as HTMLInputElement).value;
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(() => this.#apply({ q: this.#typed }), TYPING_PAUSE);
  }

  /** Enter searches at once, without the typing pause. */
  #onKey(e: KeyboardEvent): void {
    if (e.key !== 'Enter') return;
    clearTimeout(this.#typingTimer);
    this.#apply({ q: this.#typed });
  }

  /** Applies a change of search or filter (back to page 1), or of page; mirrors it in the URL. */
  #apply(change: Partial<DocumentQuery>): void {
    this.query = { ...this.query, page: 1, ...change };
    this.#writeUrl();
  }

  #clear(): void {
    clearTimeout(this.#typingTimer);
    this.#typed = '';
    this.#focusAfter = 'search';
    this.#apply(emptyQuery());
  }

  #goTo(page: number): void {
    this.#focusAfter = 'table';
    this.#apply({ page });
  }

  #sortBy(column: SortKey): void {
    const direction: SortDirection =
      column === this.sort ? (this.sortDirection === 'asc' ? 'desc' : 'asc') : column === 'number' ? 'asc' : 'desc';
    this.sort = column;
    this.sortDirection = direction;
    this.#apply({ page: 1 });
  }

  #readUrl(): void {
    if (this.syncUrl == null) return;
    this.#pageSort ??= `${this.sort}-${this.sortDirection}`;
    const { query, sort } = readQuery(location.search, this.syncUrl);
    this.query = query;
    this.#typed = query.q;
    clearTimeout(this.#typingTimer);
    if (sort) [this.sort, this.sortDirection] = sort;
  }

  #writeUrl(): void {
    if (this.syncUrl == null) return;
    const sort = `${this.sort}-${this.sortDirection}`;
    const href = writeQuery(location.href, this.syncUrl, this.query, sort === this.#pageSort ? undefined : sort);
    if (href !== location.href) history.replaceState(history.state, '', href);
  }
}

define('gov-document-list', GovDocumentList);

declare global {
  interface HTMLElementTagNameMap {
    'gov-document-list': GovDocumentList;
  }
}
