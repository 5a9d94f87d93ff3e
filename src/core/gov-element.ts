import {
  html,
  LitElement,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { baseStyles } from './base.styles.js';
import type { DataSource, GovState } from './data-source.js';
import type { GovDataError } from './errors.js';
import type { GovEventMap } from './events.js';
import { LangController, parseLabels, type GovLabels, type Strings } from './i18n.js';
import { forgetRegion, regionPosition } from './region-name.js';
import { failureRole } from './announce.js';
import { savedAt } from './last-good.js';

/** A `heading-level` value as an ARIA level: rounded into 1–6, `fallback` when it is not a number. */
export function ariaLevel(value: number, fallback: number): number {
  return Math.min(6, Math.max(1, Math.round(value) || fallback));
}

/** Moves focus to a heading or section without scrolling again (it takes focus only from script). */
export function focusTarget(el: HTMLElement | null): void {
  if (!el) return;
  if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
  el.focus({ preventScroll: true });
}

/** Defines `tag` once: a second copy of the library on the same page is a no-op, not an error. */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}

/** An event listener as `addEventListener` takes it, called on `Target` with `Ev`. */
type GovListener<Target, Ev> = ((this: Target, ev: Ev) => unknown) | { handleEvent(ev: Ev): unknown };

/**
 * `addEventListener` and `removeEventListener` typed with each element's own events (`E`), so
 * `el.addEventListener('gov-load', (e) => e.detail.items)` knows the element's items; every other
 * event name keeps the DOM's own types.
 */
// The interface merges into the class below (hence its type parameters, unused here, and the lint exceptions).
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export interface GovElement<T, K extends string = 'heading', E extends GovEventMap<object> = GovEventMap> {
  addEventListener<N extends keyof E>(
    type: N,
    listener: GovListener<this, E[N]>,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<N extends keyof HTMLElementEventMap>(
    type: N,
    listener: GovListener<this, HTMLElementEventMap[N]>,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<N extends keyof E>(
    type: N,
    listener: GovListener<this, E[N]>,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<N extends keyof HTMLElementEventMap>(
    type: N,
    listener: GovListener<this, HTMLElementEventMap[N]>,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void;
}

/**
 * What every gov- element shares: the data attributes, the language, the boxed look with its
 * heading bar, fallback content and the loading, empty and error states. Elements add their
 * data shape (through a `DataSource`), their labels (with at least `heading`) and their ready view.
 *
 * The tags below are every element's: the manifest gives them to each element, which documents
 * only what is its own (or what a shared part or property does in it).
 *
 * @attr {'loading' | 'ready' | 'empty' | 'error'} state - `loading` | `ready` | `empty` | `error`; set by the element, for styling and tests.
 * @attr {boolean} no-cache - Keep no copy of the last data from `src` in the browser: a failure then shows the message instead of the kept data.
 *
 * @slot - Fallback content (e.g. a plain `<ul>` of links), shown until data renders and when there is no source.
 * @slot heading - Replaces the heading text.
 *
 * @csspart box - The outer box.
 * @csspart heading - The coloured heading bar.
 * @csspart body - The bordered body under the heading.
 * @csspart button - Every button of the element, "Thử lại" included.
 * @csspart retry - The "Thử lại" / "Try again" button of the error state, named with its box ("Thử lại: Thông báo"; it is also a `button`).
 * @csspart message - The empty and error messages (the error names the box, never a status code).
 * @csspart note - The quiet "may be out of date" note over data kept from an earlier load, and the "Thử lại" kept under fallback content.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --gov-color-primary - Heading bar and button colour (default #0b4a8b).
 * @cssprop --gov-color-on-primary - Text on the heading bar (default #fff).
 * @cssprop --gov-color-text - Body text colour (default #1b1f24).
 * @cssprop --gov-color-muted - Dates and messages (default #4d5560).
 * @cssprop --gov-color-link - Link colour (default #0b4a8b).
 * @cssprop --gov-color-border - Box and separator colour (default #b9c6d6).
 * @cssprop --gov-color-surface - Box background (default #fff).
 * @cssprop --gov-color-accent - Error text (default #b3261e).
 * @cssprop --gov-color-focus - Focus outline (default #b35900).
 * @cssprop --gov-color-skeleton - Loading placeholder (default #e3e8ee).
 * @cssprop --gov-font-family - Font stack (default: the page's, inherited).
 * @cssprop --gov-font-size - Base font size (default: the page's, inherited; 18 px at least on phones).
 * @cssprop --gov-font-size-small - Secondary text: dates, badges, labels (default 0.875em; 15 px at least on phones).
 * @cssprop --gov-link-decoration - Links' text-decoration-line (default underline; none turns it off).
 * @cssprop --gov-radius - Corner radius (default 4px).
 * @cssprop --gov-space - Inner spacing (default 0.75em).
 * @cssprop --gov-heading-caps - Heading font-variant-caps (default all-small-caps: capitals by style, the text as written for screen readers; normal turns them off).
 * @cssprop --gov-heading-transform - Heading text-transform (default none).
 *
 * @fires {CustomEvent<GovLoadDetail>} gov-load - Data rendered; `detail` holds the validated data under the element's name for it (`{ items }`, `{ article }`, `{ counts }`).
 * @fires {CustomEvent<GovErrorDetail>} gov-error - Loading failed; `detail: { error, src }` (`error.message` says what failed, `error.kind` which kind).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export abstract class GovElement<
  T,
  K extends string = 'heading',
  E extends GovEventMap<object> = GovEventMap,
> extends LitElement {
  static override styles: CSSResultGroup = baseStyles;
  static override properties: PropertyDeclarations = {
    src: {},
    timeout: { type: Number },
    heading: {},
    labels: { converter: { fromAttribute: parseLabels } },
    headingLevel: { attribute: 'heading-level', type: Number },
    hasFallback: { state: true },
  };

  /** URL of the data: JSON, or for lists also RSS 2.0 or Atom. */
  src?: string;

  /** Milliseconds before a request to `src` fails as a time-out. */
  timeout = 10_000;

  /** The heading text; the default is localized. An empty value hides the heading bar. */
  heading?: string;

  /** The heading's level (1–6) for screen readers: 2 for a page section, 3 in a sidebar under an h2… */
  headingLevel = 2;

  /**
   * Labels that replace the element's own ("Xem thêm", "Thử lại"…) in every language, by key: for
   * example `{ showMore: 'Xem tất cả' }`. As an attribute, a JSON object
   * (`labels='{"showMore":"Xem tất cả"}'`); one that is not is ignored (the development build says why in the console).
   * The keys are in the element's strings type and in docs/developers.md.
   */
  labels?: GovLabels<K | 'heading'>;

  /**
   * The time zone dates are read and shown in. Only the elements that show dates declare it, with
   * its `time-zone` attribute (the others ignore the attribute).
   * @internal
   */
  timeZone?: string;

  /** True when the page put content of its own (not the JSON script) inside the element. */
  protected hasFallback = false;

  protected abstract readonly data: DataSource<T, E['gov-load']['detail']>;
  /** The element's labels in every language; `heading` is used when the attribute is not set. */
  protected abstract readonly strings: Strings<K | 'heading'>;
  protected readonly i18n = new LangController<K | 'heading'>(
    this,
    () => this.strings,
    () => this.labels,
  );

  /** Loads settled so far, as last seen: a new one calls `settled`. */
  #settledLoads = 0;

  /**
   * `loading`, `ready`, `empty` or `error`; also reflected as the `state` attribute. The element
   * decides `ready` or `empty` from its data as it is now (notices expire while the page is open).
   */
  get state(): GovState {
    const { state } = this.data;
    return state === 'ready' && this.data.empty ? 'empty' : state;
  }

  /**
   * Resolves with the `gov-load` detail of the data on screen, or of the next data once it renders;
   * rejects with the `gov-error` error when loading failed. For code that starts listening after
   * the first render and would otherwise never hear the `gov-load` it missed.
   */
  get loaded(): Promise<E['gov-load']['detail']> {
    return this.data.loaded;
  }

  /** Loads the data again, as the "Thử lại" button does. */
  reload(): void {
    this.data.retry();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Elements other than the data script, and non-blank text; comments do not count.
    this.hasFallback = [...this.childNodes].some((n) =>
      n instanceof Element
        ? !n.matches('script, template, [slot]')
        : n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    forgetRegion(this);
  }

  /** Server-rendered: the first render waits for the embedded data's validation, so it matches what the server drew. */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.data.hydrating) await this.data.hydrating;
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.data.sync();
    super.willUpdate(changed);
  }

  /** Reflects the state after the element's `willUpdate` derived its data, before it renders. */
  protected override update(changed: PropertyValues<this>): void {
    const { state } = this;
    if (this.getAttribute('state') !== state) this.setAttribute('state', state);
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.data.settledLoads !== this.#settledLoads) {
      this.#settledLoads = this.data.settledLoads;
      this.settled?.(this.state, this.data.error);
    }
  }

  /**
   * Called once a load has settled and rendered, after its `gov-load` or `gov-error`: `state` is
   * `ready`, `empty` or `error`. A failed quiet refetch keeps the data on screen: the state stays
   * and `error` is set. Elements override it instead of listening to their own events.
   */
  protected settled?(state: GovState, error: GovDataError | undefined): void;

  protected override render(): TemplateResult {
    const heading = this.heading ?? this.i18n.t('heading');
    const level = ariaLevel(this.headingLevel, 2);
    const ready = this.state === 'ready' && this.data.data !== undefined;
    // A later box with the same heading is named "Thông báo (2)": the page's regions stay distinct.
    const position = regionPosition(this, heading);
    // One template (the heading is hidden, not left out, when empty): each template Lit prepares on
    // first render is a cost every element pays before its first paint.
    return html`<section
      class="box"
      part="box"
      aria-labelledby=${heading ? (position ? 'heading position' : 'heading') : nothing}
    >
      <div id="heading" class="heading" part="heading" role="heading" aria-level=${level} ?hidden=${!heading}>
        <slot name="heading">${heading}</slot>
      </div>
      <span id="position" hidden>${position ? `(${position})` : ''}</span>
      <div class="body" part="body" aria-busy=${this.data.state === 'loading' ? 'true' : 'false'}>
        ${ready ? [this.#renderStaleNote(), this.renderReady(this.data.data as T)] : this.renderPending()}
      </div>
    </section>`;
  }

  /** The view of valid, non-empty data. */
  protected abstract renderReady(data: T): unknown;

  /**
   * The loading placeholder (`part="skeleton"`, `role="status"` with the loading label): it takes the
   * space the data will take, so each element draws its own.
   */
  protected abstract renderSkeleton(): TemplateResult;

  /**
   * "Thử lại": the button goes away with the message, so focus moves to the element's box, which
   * stays through the loading state and the answer; without it, focus would fall back to the page.
   */
  #retryFrom(e: Event): void {
    focusTarget((e.currentTarget as HTMLElement).closest('[part~="box"]'));
    this.reload();
  }

  /** The box's name for messages: its heading, the default heading when it is hidden, or "nội dung này". */
  #boxName(): string {
    return this.heading || this.i18n.t('heading') || this.i18n.t('unnamed');
  }

  /** "Thử lại", named with its box ("Thử lại: Thông báo"), when loading again may help. */
  #renderRetry(): unknown {
    if (!this.data.retryable) return nothing;
    return html`<button
      type="button"
      part="button retry"
      aria-label=${this.i18n.t('retryNamed', this.#boxName(), this.i18n.t('retry'))}
      @click=${this.#retryFrom}
    >
      ${this.i18n.t('retry')}
    </button>`;
  }

  /** Over data kept from an earlier visit, shown because `src` failed: a quiet "may be out of date" and "Thử lại". */
  #renderStaleNote(): unknown {
    const { stale } = this.data;
    if (stale === undefined) return nothing;
    return html`<div class="state-note" part="note">
      <p>${this.i18n.t('stale', savedAt(stale, this.i18n.lang))}</p>
      ${this.#renderRetry()}
    </div>`;
  }

  /**
   * Loading, empty, error, or (with no data) the fallback content the page put inside. A failure
   * keeps the fallback content, with "Thử lại" under it; without any, a calm message names the box
   * (the cause goes to `gov-error` and the console) and only one element per page announces it at once.
   */
  protected renderPending(): TemplateResult {
    const { state, error, sourceless } = this.data;
    if (state === 'error' && error) {
      if (this.hasFallback)
        return html`<slot></slot>
          <div class="state-note" part="note">${this.#renderRetry()}</div>`;
      const message = this.data.retryable ? 'failed' : 'unreadable';
      return html`<div class="error">
        <p class="message" part="message" role=${failureRole(this)}>${this.i18n.t(message, this.#boxName())}</p>
        ${this.#renderRetry()}
      </div>`;
    }
    if (this.hasFallback && (state === 'loading' || sourceless)) return html`<slot></slot>`;
    if (state === 'loading') return this.renderSkeleton();
    return html`<p class="message" part="message" role="status">${this.i18n.t('empty')}</p>`;
  }
}
