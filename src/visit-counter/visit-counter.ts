import { html, type TemplateResult } from 'lit';
import { baseStyles } from '../core/base.styles.js';
import { DataSource, type GovState } from '../core/data-source.js';
import type { GovEventMap } from '../core/events.js';
import { dataChanged } from '../core/same-data.js';
import type { GovDataError } from '../core/errors.js';
import { formatNumber } from '../core/format.js';
import { define, GovElement } from '../core/gov-element.js';
import { LazyPolling } from '../core/lazy-polling.js';
import { pageBase } from '../core/page.js';
import { skeleton, skeletonBox } from '../core/templates.js';
import { countFields, toVisitCounts, type CountField, type VisitCounts, type VisitCountsInput } from './visit-counter.data.js';
import { registerLanguage, type GovLabels, type Lang, type LanguageLabels, type LanguageOptions } from '../core/i18n.js';
import { visitCounterStrings, type VisitCounterLabel } from './visit-counter.strings.js';
import { visitCounterStyles } from './visit-counter.styles.js';
import { markVisit, visitCounted, visitorId } from './visit-session.js';

export type { CountField, VisitCounts, VisitCountsInput };
export { registerLanguage, type GovLabels, type Lang, type LanguageLabels, type LanguageOptions, type VisitCounterLabel };

/** `detail` of the visit counter's `gov-load`: the validated counts (unusable ones are absent). */
export interface GovVisitCounterLoadDetail {
  counts: VisitCounts;
}

/** The visit counter's events, for `addEventListener` and the framework wrappers. */
export type GovVisitCounterEventMap = GovEventMap<GovVisitCounterLoadDetail>;

/**
 * A portal's visit counter ("Lượt truy cập"): visitors online now, today, this month and in all,
 * from the `online` / `today` / `month` / `total` attributes, the `counts` property, or a JSON `src`.
 * Numbers are grouped for the language (vi `1.116.844`, en `1,116,844`); a missing count shows "—".
 * With `refresh` it polls `src` quietly while the page is visible; with `count-visit` the first load
 * in a browser session is a `POST`, so the server can count the visit.
 *
 * @summary Visit counter: online now, today, this month and total, as a labelled list of numbers.
 * @tag gov-visit-counter
 *
 * @slot - Fallback content (e.g. the figures as plain text), shown until data renders and when there is no source.
 *
 * @csspart list - The `<dl>` of counts.
 * @csspart item - One row (label and number); each row also has the part `online`, `today`, `month` or `total`.
 * @csspart label - A row's label (`<dt>`).
 * @csspart value - A row's number (`<dd>`).
 *
 * @cssprop --gov-color-primary - Heading bar, numbers and button colour (default #0b4a8b).
 * @cssprop --gov-color-muted - Messages and the "—" of a missing count.
 * @cssprop --gov-counter-label-color - Label colour (default: the text colour).
 * @cssprop --gov-counter-value-color - Number colour (default: the primary colour).
 *
 * @fires gov-load - Counts rendered; `detail: { counts }` (validated counts; unusable ones are absent).
 */
export class GovVisitCounter extends GovElement<VisitCounts, CountField | 'noData', GovVisitCounterEventMap> {
  static override styles = [baseStyles, visitCounterStyles];
  static override properties = {
    counts: { attribute: false, hasChanged: dataChanged },
    online: {},
    today: {},
    month: {},
    total: {},
    labelOnline: { attribute: 'label-online' },
    labelToday: { attribute: 'label-today' },
    labelMonth: { attribute: 'label-month' },
    labelTotal: { attribute: 'label-total' },
    refresh: { type: Number },
    countVisit: { attribute: 'count-visit', type: Boolean },
  };

  /** Counts set from code; they take priority over `src` and the attributes, and are validated the same way. */
  counts?: VisitCountsInput;

  /** Visitors online now, as an attribute (the lowest-priority source, used when there is no `src`). */
  online?: string | number;

  /** Visits today, as an attribute. */
  today?: string | number;

  /** Visits this month, as an attribute. */
  month?: string | number;

  /** All visits, as an attribute. */
  total?: string | number;

  /** Replaces the "Đang online" / "Online now" label. */
  labelOnline?: string;

  /** Replaces the "Hôm nay" / "Today" label. */
  labelToday?: string;

  /** Replaces the "Tháng này" / "This month" label. */
  labelMonth?: string;

  /** Replaces the "Tất cả" / "Total" label. */
  labelTotal?: string;

  /** Seconds between quiet refetches of `src` while the page is visible (0: none). */
  refresh = 0;

  /**
   * Counts this visit: the first request to `src` in a visit session (shared by all tabs; a session
   * ends after 30 minutes without activity) is a `POST`, which the server counts as one visit; later
   * requests are `GET`s. Both answer `{ online, today, month, total }`. Every request carries the
   * session's anonymous random visitor id as `?visitor=<32 hex digits>` (no preflight), from which
   * the server counts "online now" (distinct ids in 5 minutes). A failed `POST` is tried once more by
   * the next request, then only on "Thử lại". The package's counter service speaks this protocol
   * (`gov-portal-elements-counter`, docs/counter-service.md).
   */
  countVisit = false;

  protected readonly strings = visitCounterStrings;

  protected readonly data = new DataSource<VisitCounts, GovVisitCounterLoadDetail>(this, {
    property: () => this.counts,
    parse: (raw) => toVisitCounts(raw),
    // Valid counts always have something to show; "empty" is the element with no source at all.
    isEmpty: () => false,
    detail: (counts) => ({ counts }),
    attributes: () => {
      const given = countFields.filter((f) => this[f] !== undefined && this[f] !== null);
      return given.length ? Object.fromEntries(given.map((f) => [f, this[f]])) : undefined;
    },
    method: () => this.#nextMethod(),
    requestUrl: (url) => this.#requestUrl(url),
  });

  protected readonly polling = new LazyPolling(this, this.data);

  /** The URL of a counting `POST` whose answer has not arrived yet. */
  #posting: string | undefined;

  /** Counting POSTs to `failedUrl` that failed: after one the next load tries again; after two only "Thử lại" does. */
  #failedPosts = 0;
  #failedUrl: string | undefined;

  /** True while "Thử lại" (or `reload()`) starts a load. */
  #retrying = false;

  /** The counting `POST` was answered, or failed: then the next load tries once more, later ones only on "Thử lại". */
  protected override settled(_state: GovState, error: GovDataError | undefined): void {
    if (this.#posting) {
      if (error) markVisit(this.#posting, false);
      this.#failedPosts = error ? this.#failedPosts + 1 : 0;
    }
    this.#posting = undefined;
  }

  /** Loads the counts again, as "Thử lại" does; a visit not yet counted is POSTed again. */
  override reload(): void {
    this.#retrying = true;
    try {
      super.reload();
    } finally {
      this.#retrying = false;
    }
  }

  /** With `count-visit`, every request carries the session's anonymous visitor id as `?visitor=` (no preflight needed). */
  #requestUrl(url: string): string {
    if (!this.countVisit) return url;
    try {
      const request = new URL(url);
      request.searchParams.set('visitor', visitorId());
      return request.href;
    } catch {
      return url;
    }
  }

  /** POST once per visit session and `src` when `count-visit` is on; the session is marked as the request leaves. */
  #nextMethod(): 'GET' | 'POST' {
    // A new request supersedes an unanswered POST (aborted by removal or a new src): that one stays counted.
    this.#posting = undefined;
    const src = this.src?.trim();
    if (!this.countVisit || !src) return 'GET';
    const url = new URL(src, pageBase()).href;
    if (url !== this.#failedUrl) {
      this.#failedUrl = url;
      this.#failedPosts = 0;
    }
    if (visitCounted(url)) return 'GET';
    // Two counting POSTs failed: polls only read the counts until someone presses "Thử lại".
    if (this.#failedPosts >= 2 && !this.#retrying) return 'GET';
    markVisit(url);
    this.#posting = url;
    return 'POST';
  }

  protected override renderSkeleton(): TemplateResult {
    const row = html`<div class="row" aria-hidden="true">${skeletonBox('', 'label')}${skeletonBox('', 'value')}</div>`;
    return skeleton(
      this.i18n.t('loading'),
      countFields.map(() => row),
      'counts',
    );
  }

  protected renderReady(counts: VisitCounts): TemplateResult {
    return html`<dl class="counts" part="list">${countFields.map((field) => this.#renderCount(field, counts[field]))}</dl>`;
  }

  #label(field: CountField): string {
    const own = { online: this.labelOnline, today: this.labelToday, month: this.labelMonth, total: this.labelTotal }[
      field
    ]?.trim();
    return own || this.i18n.t(field);
  }

  #renderCount(field: CountField, value: number | undefined): TemplateResult {
    return html`<div class="count ${field}" part="item ${field}">
      <dt part="label">${this.#label(field)}</dt>
      <dd part="value">
        ${
          value === undefined
            ? html`<span class="missing" aria-hidden="true">—</span><span class="sr-only">${this.i18n.t('noData')}</span>`
            : html`<data value=${value}>${formatNumber(value, this.i18n.lang)}</data>`
        }
      </dd>
    </div>`;
  }
}

define('gov-visit-counter', GovVisitCounter);

declare global {
  interface HTMLElementTagNameMap {
    'gov-visit-counter': GovVisitCounter;
  }
}
