import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { baseStyles } from '../core/base.styles.js';
import { DataSource } from '../core/data-source.js';
import { define, GovElement } from '../core/gov-element.js';
import { dateTemplate, imageTemplate, linkOrText } from '../core/templates.js';
import '../news-list/news-list.js';
import type { NewsItem, NewsItemInput } from '../news-list/news-item.js';
import { LIGHT_DOM, toArticleView, toNewsInput, type Article, type ArticleInput, type ArticleView } from './article-data.js';
import { articleStrings } from './article.strings.js';
import { articleStyles } from './article.styles.js';

export type { Article, ArticleInput };

/** The tools the `tools` attribute can list, in any order. */
export type ArticleTool = 'print' | 'back' | 'top' | 'text-size';

const TOOLS: readonly ArticleTool[] = ['print', 'back', 'top', 'text-size'];
/** Text sizes offered by A− / A+, in percent; index 1 is the default. */
const SIZES = [90, 100, 115, 130, 150] as const;
const DEFAULT_SIZE = 1;
/** Where the visitor's text size is kept, so it follows them from article to article. */
export const TEXT_SIZE_KEY = 'gov-article-text-size';
const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

function storedSize(): number {
  try {
    const saved = Number(localStorage.getItem(TEXT_SIZE_KEY));
    const index = SIZES.indexOf(saved as (typeof SIZES)[number]);
    return index >= 0 ? index : DEFAULT_SIZE;
  } catch {
    return DEFAULT_SIZE; // storage disabled (privacy mode, sandboxed frame): the default size
  }
}

/** Smooth, or instant under `prefers-reduced-motion: reduce`. */
function scrollBehavior(): ScrollBehavior {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';
}

/** Moves focus to a heading or section without scrolling again (it takes focus only from script). */
function focusTarget(el: HTMLElement | null): void {
  if (!el) return;
  if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
  el.focus({ preventScroll: true });
}

function storeSize(index: number): void {
  try {
    if (index === DEFAULT_SIZE) localStorage.removeItem(TEXT_SIZE_KEY);
    else localStorage.setItem(TEXT_SIZE_KEY, String(SIZES[index]));
  } catch {
    // Storage full or disabled: the size still applies on this page.
  }
}

/**
 * An article view: title, date, summary, image with caption, the sanitized HTML body, author
 * line, source, a tools row ("In trang", "Quay lại", "Lên trên", optional A− / A+) and related
 * news ("Các tin khác"). Data comes from `article`, a JSON `src`, or an inline
 * `<script type="application/json">`; with none of them, the article markup inside the element is
 * shown, with the tools and related news around it.
 *
 * @summary Article view with a sanitized HTML body, print / back / top tools and related news.
 * @tag gov-article
 *
 * @attr state - `loading` | `ready` | `empty` | `error`; set by the element, for styling and tests.
 *
 * @slot - The page's own article markup: shown (with the tools and related news) when there is no
 *   `article`, `src` or inline JSON, and as fallback content while data loads.
 * @slot heading - Replaces the optional heading bar's text (see `heading`).
 *
 * @csspart box - The outer wrapper.
 * @csspart heading - The optional heading bar above the article (only with `heading`).
 * @csspart article - The `<article>` of data-driven content.
 * @csspart category - The category label above the title.
 * @csspart title - The article's title (a real `<h1>`…`<h6>`, focus target of "Lên trên").
 * @csspart meta - The line with the date.
 * @csspart date - The article's `<time>`.
 * @csspart summary - The lead paragraph.
 * @csspart figure - The lead image's `<figure>`.
 * @csspart image - The lead image.
 * @csspart caption - The lead image's `<figcaption>`.
 * @csspart body - The sanitized HTML body.
 * @csspart author - The author line ("Thực hiện: …").
 * @csspart source - The source line ("Nguồn: …").
 * @csspart source-link - The source's link, when it has a URL.
 * @csspart content - The wrapper of the page's own markup (light DOM mode).
 * @csspart tools - The tools row.
 * @csspart button - Every button: tools and "Thử lại".
 * @csspart print - The "In trang" button.
 * @csspart back - The "Quay lại" button.
 * @csspart top - The "Lên trên" button.
 * @csspart smaller - The A− button.
 * @csspart larger - The A+ button.
 * @csspart related - The related news list (a `<gov-news-list>`; style its inside with its own parts and custom properties).
 * @csspart message - The empty and error messages.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --gov-color-primary - Title, category and button colour (default #0b4a8b).
 * @cssprop --gov-color-on-primary - Text on the heading bar and hovered buttons (default #fff).
 * @cssprop --gov-color-text - Body text colour.
 * @cssprop --gov-color-muted - Date, caption, source and messages.
 * @cssprop --gov-color-link - Link colour.
 * @cssprop --gov-color-border - Separators, table borders, blockquote bar.
 * @cssprop --gov-color-surface - Button background.
 * @cssprop --gov-color-accent - Error text.
 * @cssprop --gov-color-focus - Focus outline.
 * @cssprop --gov-color-skeleton - Loading placeholder, image background and table header.
 * @cssprop --gov-font-family - Font stack.
 * @cssprop --gov-font-size - Base font size (A− / A+ scale from it).
 * @cssprop --gov-radius - Corner radius.
 * @cssprop --gov-space - Spacing.
 * @cssprop --gov-article-title-color - Title colour (default: the primary colour).
 * @cssprop --gov-article-title-size - Title font size (default 1.6em).
 * @cssprop --gov-article-text-align - Paragraph alignment in the body (default start; `justify` as many portals do).
 *
 * @fires gov-load - The article rendered; `detail: { article }` (validated, body sanitized), or `{ article: null }` when the page's own markup is shown.
 * @fires gov-error - Loading failed; `detail: { error, src }`. An article without a title is an error.
 */
export class GovArticle extends GovElement<ArticleView, keyof (typeof articleStrings)['vi']> {
  static override styles = [baseStyles, articleStyles];

  /** Article data set from code; it takes priority over `src` and is validated like fetched data. */
  @property({ attribute: false }) article?: ArticleInput;

  /** URL of a news list (JSON, RSS or Atom) for "Các tin khác", used when the article has no `related` items. */
  @property({ attribute: 'related-src' }) relatedSrc?: string;

  /** The related news heading; default "Các tin khác" / "Other news". */
  @property({ attribute: 'related-heading' }) relatedHeading?: string;

  /** Hides the related news. */
  @property({ attribute: 'hide-related', type: Boolean }) hideRelated = false;

  /** Space-separated tools, in order: `print`, `back`, `top`, `text-size` (A− / A+). Empty: no tools row. */
  @property() tools = 'print back top';

  /** The title's heading level (1–6); default 1. With a `heading` bar, the bar takes this level and the title the next. */
  @property({ attribute: 'heading-level', type: Number }) override headingLevel = 1;

  protected readonly strings = articleStrings;

  protected readonly data = new DataSource<ArticleView>(this, {
    property: () => this.article,
    parse: (raw, base) => toArticleView(raw, base),
    isEmpty: () => false,
    detail: (view) => ({ article: view.kind === 'data' ? view.article : null }),
    attributes: () => (this.hasFallback ? LIGHT_DOM : undefined),
  });

  @state() private sizeIndex = DEFAULT_SIZE;
  /** Said once after A− / A+ ("Cỡ chữ: 115%"), for screen readers. */
  @state() private sizeNews = '';
  private toolList: ArticleTool[] = [];
  private relatedFor: NewsItem[] | undefined;
  private relatedInput: NewsItemInput[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.sizeIndex = storedSize();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    this.renderRoot.addEventListener('click', this.onBodyClick);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('tools')) {
      const words = (this.tools ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      this.toolList = [...new Set(words)].filter((w): w is ArticleTool => TOOLS.includes(w as ArticleTool));
    }
    const view = this.data.data;
    const related = view?.kind === 'data' ? view.article.related : [];
    if (related !== this.relatedFor) {
      this.relatedFor = related;
      this.relatedInput = related.map(toNewsInput);
    }
  }

  private get level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 1));
  }

  protected override render(): TemplateResult {
    const heading = this.heading ?? this.i18n.t('heading');
    const view = this.data.state === 'ready' ? this.data.data : undefined;
    return html`<div class="frame" part="box" aria-busy=${this.data.state === 'loading' ? 'true' : 'false'}>
      ${
        heading
          ? html`<div class="heading" part="heading" role="heading" aria-level=${this.level}>
              <slot name="heading">${heading}</slot>
            </div>`
          : nothing
      }
      ${view ? this.renderReady(view) : html`<div class="pending">${this.renderPending()}</div>`}
    </div>`;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" part="skeleton" role="status">
      <span class="sr-only">${this.i18n.t('loading')}</span>
      <span class="sk-title" aria-hidden="true"></span>
      <span class="sk-title" aria-hidden="true"></span>
      <span class="sk-meta" aria-hidden="true"></span>
      <span class="sk-image" aria-hidden="true"></span>
      ${Array.from({ length: 6 }, () => html`<span aria-hidden="true"></span>`)}
    </div>`;
  }

  protected renderReady(view: ArticleView): TemplateResult {
    const main =
      view.kind === 'data'
        ? this.renderArticle(view.article)
        : html`<div class="light size-${this.sizeIndex}" part="content"><slot></slot></div>`;
    return html`${main}${this.renderTools()}${this.renderRelated(this.relatedInput)}`;
  }

  private renderArticle(a: Article): TemplateResult {
    const tag = HEADINGS[Math.min(5, this.level - 1 + ((this.heading ?? this.i18n.t('heading')) ? 1 : 0))];
    return html`<article class="article size-${this.sizeIndex}" part="article" aria-labelledby="title">
      <header>
        ${a.category ? html`<p class="category" part="category">${a.category}</p>` : nothing}
        ${staticHtml`<${tag} id="title" class="title" part="title" tabindex="-1">${a.title}</${tag}>`}
        ${a.date ? html`<p class="meta" part="meta">${dateTemplate(a.date, this.i18n.lang, this.timeZone)}</p>` : nothing}
      </header>
      ${a.summary ? html`<p class="summary" part="summary">${a.summary}</p>` : nothing}
      ${
        a.image
          ? html`<figure class="figure" part="figure">
              ${imageTemplate(a.image.src, a.image.alt, 800, 450)}
              ${a.image.caption ? html`<figcaption class="caption" part="caption">${a.image.caption}</figcaption>` : nothing}
            </figure>`
          : nothing
      }
      ${a.body ? html`<div class="content" part="body">${unsafeHTML(a.body)}</div>` : nothing}
      ${a.author ? html`<p class="author" part="author">${this.i18n.t('author', a.author)}</p>` : nothing}
      ${
        a.source
          ? html`<p class="source" part="source">
              ${this.i18n.t('source')} ${linkOrText(a.source.url, a.source.name, 'source-link')}
            </p>`
          : nothing
      }
    </article>`;
  }

  private renderTools(): unknown {
    if (this.toolList.length === 0) return nothing;
    const t = (key: 'print' | 'back' | 'top'): string => this.i18n.t(key);
    const buttons = this.toolList.map((tool) => {
      switch (tool) {
        case 'print':
          return html`<button type="button" part="button print" @click=${this.print}>${t('print')}</button>`;
        case 'back':
          return html`<button type="button" part="button back" @click=${this.back}>${t('back')}</button>`;
        case 'top':
          return html`<button type="button" part="button top" @click=${this.toTop}>${t('top')}</button>`;
        default:
          return html`<span class="text-size">
            <button
              type="button"
              class="size"
              part="button smaller"
              title=${this.i18n.t('smaller')}
              aria-disabled=${this.sizeIndex === 0 ? 'true' : 'false'}
              @click=${() => this.resize(-1)}
            >
              <span aria-hidden="true">A−</span><span class="sr-only">${this.i18n.t('smaller')}</span>
            </button>
            <button
              type="button"
              class="size"
              part="button larger"
              title=${this.i18n.t('larger')}
              aria-disabled=${this.sizeIndex === SIZES.length - 1 ? 'true' : 'false'}
              @click=${() => this.resize(1)}
            >
              <span aria-hidden="true">A+</span><span class="sr-only">${this.i18n.t('larger')}</span>
            </button>
            <span class="sr-only" role="status">${this.sizeNews}</span>
          </span>`;
      }
    });
    return html`<div class="tools" part="tools" role="group" aria-label=${this.i18n.t('tools')}>${buttons}</div>`;
  }

  private renderRelated(items: NewsItemInput[]): unknown {
    const src = this.relatedSrc?.trim();
    if (this.hideRelated || (items.length === 0 && !src)) return nothing;
    // The list's own gov-load / gov-error stay inside: outside, they would look like the article's.
    const stop = (e: Event): void => e.stopPropagation();
    return html`<gov-news-list
      class="related"
      part="related"
      lang=${this.i18n.lang}
      heading=${this.relatedHeading ?? this.i18n.t('related')}
      heading-level=${Math.min(6, this.level + 1)}
      time-zone=${this.timeZone ?? nothing}
      .items=${items.length ? items : undefined}
      src=${items.length ? nothing : (src ?? nothing)}
      @gov-load=${stop}
      @gov-error=${stop}
    ></gov-news-list>`;
  }

  private print(): void {
    window.print();
  }

  private back(): void {
    history.back();
  }

  /** Scrolls the page to the top (instantly under reduced motion) and moves focus to the title. */
  private toTop(): void {
    window.scrollTo({ top: 0, behavior: scrollBehavior() });
    focusTarget(this.titleElement());
  }

  /**
   * In-page links of the body (`href="#muc-1"`): the document cannot see ids inside a shadow root,
   * so the element scrolls to the target (its id was prefixed `user-content-` by the sanitizer).
   */
  private readonly onBodyClick = (e: Event): void => {
    const link = (e.target as Element).closest?.('a[href^="#"]');
    if (!link || !link.closest('.content')) return;
    let id = link.getAttribute('href')!.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // keep it as written
    }
    const target = this.renderRoot.querySelector<HTMLElement>(
      `.content [id="${CSS.escape(id.startsWith('user-content-') ? id : `user-content-${id}`)}"]`,
    );
    if (!target) return;
    e.preventDefault();
    target.scrollIntoView({ behavior: scrollBehavior(), block: 'start' });
    focusTarget(target);
  };

  /** The title: ours, or the first heading of the page's own markup. */
  private titleElement(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#title') ?? this.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
  }

  private resize(step: number): void {
    const next = Math.min(SIZES.length - 1, Math.max(0, this.sizeIndex + step));
    if (next === this.sizeIndex) return; // at the smallest or largest size (the button says so with aria-disabled)
    this.sizeIndex = next;
    this.sizeNews = this.i18n.t('textSize', SIZES[next]);
    storeSize(next);
  }
}

define('gov-article', GovArticle);

declare global {
  interface HTMLElementTagNameMap {
    'gov-article': GovArticle;
  }
}
