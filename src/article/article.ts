import { html, isServer, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { baseStyles } from '../core/base.styles.js';
import { BODY_CUT_ID } from '../core/bounds.js';
import { DataSource } from '../core/data-source.js';
import type { GovEventMap } from '../core/events.js';
import { safeUrl } from '../core/safe-url.js';
import { dataChanged } from '../core/same-data.js';
import { ariaLevel, define, focusTarget, GovElement } from '../core/gov-element.js';
import { dateTemplate, imageTemplate, linkOrText, skeleton, skeletonBox } from '../core/templates.js';
import type { SafeHtml } from '../core/sanitize.js';
import type { NewsItem } from '../news-list/news-list.data.js';
import { LIGHT_DOM, toArticleView, type Article, type ArticleInput, type ArticleView } from './article.data.js';
import { registerLanguage, type GovLabels, type Lang, type LanguageLabels, type LanguageOptions } from '../core/i18n.js';
import { articleStrings, type ArticleLabel } from './article.strings.js';
import { articleStyles } from './article.styles.js';

export type { Article, ArticleInput };
export { registerLanguage, type GovLabels, type Lang, type LanguageLabels, type LanguageOptions, type ArticleLabel };

/** The tools the `tools` attribute can list, in any order. */
export type ArticleTool = 'print' | 'back' | 'top' | 'text-size';

const TOOLS: readonly string[] = ['print', 'back', 'top', 'text-size'];
/** Text sizes offered by A− / A+, in percent; index 1 is the default. */
const SIZES: readonly number[] = [90, 100, 115, 130, 150];
/** Where the visitor's text size is kept, so it follows them from article to article. */
export const TEXT_SIZE_KEY = 'gov-article-text-size';

/** The title as a real `<h1>`…`<h6>`: six plain templates, lighter than lit/static-html. */
// prettier-ignore
const TITLES = [
  (t: string) => html`<h1 id="title" class="title" part="title" tabindex="-1">${t}</h1>`,
  (t: string) => html`<h2 id="title" class="title" part="title" tabindex="-1">${t}</h2>`,
  (t: string) => html`<h3 id="title" class="title" part="title" tabindex="-1">${t}</h3>`,
  (t: string) => html`<h4 id="title" class="title" part="title" tabindex="-1">${t}</h4>`,
  (t: string) => html`<h5 id="title" class="title" part="title" tabindex="-1">${t}</h5>`,
  (t: string) => html`<h6 id="title" class="title" part="title" tabindex="-1">${t}</h6>`,
];

/** The visitor's text size (index into SIZES); the default where storage is empty or disabled. */
function storedSize(): number {
  try {
    const index = SIZES.indexOf(Number(localStorage.getItem(TEXT_SIZE_KEY)));
    if (index >= 0) return index;
  } catch {
    // storage disabled (privacy mode, sandboxed frame): the default size
  }
  return 1;
}

/** The body's `<div>` as server rendering writes it (as `bodyNode` builds it in a browser). */
function serverBody(body: string, cutLabel: string): string {
  const cut = `<p id="user-content-${BODY_CUT_ID}"></p>`;
  const label = cutLabel.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const note = body.includes(cut) ? `<p id="user-content-${BODY_CUT_ID}" part="body-cut">${label}</p>` : '';
  return `<div class="content" part="body">${body.replace(cut, '')}${note}</div>`;
}

/** Smooth, or instant under `prefers-reduced-motion: reduce`. */
function scrollBehavior(): ScrollBehavior {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';
}

/** The page before this one was a page of the same site, so "Quay lại" can go back to it. */
function cameFromSite(): boolean {
  try {
    return history.length > 1 && new URL(document.referrer).origin === location.origin;
  } catch {
    return false; // no referrer (typed address, bookmark, a link from a mail) or one the policy withheld
  }
}

/** `detail` of the article's `gov-load`: the article it rendered. */
export interface GovArticleLoadDetail {
  /** The validated article (body sanitized), or `null` when the page's own markup is shown. */
  article: Article | null;
}

/** The article's events, for `addEventListener` and the framework wrappers. */
export type GovArticleEventMap = GovEventMap<GovArticleLoadDetail>;

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
 * @slot - The page's own article markup: shown (with the tools and related news) when there is no
 *   `article`, `src` or inline JSON, and as fallback content while data loads.
 *
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
 * @csspart body-cut - The note at the end of a body too long to show whole ("Bài viết quá dài…").
 * @csspart author - The author line ("Thực hiện: …").
 * @csspart source - The source line ("Nguồn: …").
 * @csspart source-link - The source's link, when it has a URL.
 * @csspart text - The source's name, when it has no URL.
 * @csspart content - The wrapper of the page's own markup (light DOM mode).
 * @csspart tools - The tools row.
 * @csspart button - Every button: tools and "Thử lại".
 * @csspart print - The "In trang" button.
 * @csspart back - The "Quay lại" button.
 * @csspart top - The "Lên trên" button.
 * @csspart smaller - The A− button.
 * @csspart larger - The A+ button.
 * @csspart related - The related news box: the article's own `related` items as a list, or (for `related-src`) a
 *   `<gov-news-list>`, loaded when first needed. Both take the `--gov-*` custom properties.
 *
 * @cssprop --gov-color-primary - Title, category and button colour (default #0b4a8b).
 * @cssprop --gov-color-on-primary - Text on the heading bar and hovered buttons (default #fff).
 * @cssprop --gov-color-muted - Date, caption, source and messages.
 * @cssprop --gov-color-border - Separators, table borders, blockquote bar.
 * @cssprop --gov-color-surface - Button background.
 * @cssprop --gov-color-skeleton - Loading placeholder, image background and table header.
 * @cssprop --gov-font-size - Base font size (A− / A+ scale from it).
 * @cssprop --gov-article-title-color - Title colour (default: the primary colour).
 * @cssprop --gov-article-title-size - Title font size (default 1.6em).
 * @cssprop --gov-article-text-align - Paragraph alignment in the body (default start; `justify` as many portals do).
 *
 * @fires gov-load - The article rendered; `detail: { article }` (validated, body sanitized), or `{ article: null }` when the page's own markup is shown.
 * @fires gov-error - Loading failed; `detail: { error, src }`. An article without a title is an error.
 */
export class GovArticle extends GovElement<ArticleView, keyof (typeof articleStrings)['vi'], GovArticleEventMap> {
  static override styles = [baseStyles, articleStyles];
  static override properties: PropertyDeclarations = {
    article: { attribute: false, hasChanged: dataChanged },
    timeZone: { attribute: 'time-zone' },
    relatedSrc: { attribute: 'related-src' },
    relatedHeading: { attribute: 'related-heading' },
    hideRelated: { attribute: 'hide-related', type: Boolean },
    tools: {},
    backHref: { attribute: 'back-href' },
    // Declared again (as GovElement does) so the manifest documents this element's default, 1.
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Article data set from code; it takes priority over `src` and is validated like fetched data. */
  article?: ArticleInput;

  /** IANA time zone the dates are read and shown in (e.g. `Asia/Ho_Chi_Minh`); the visitor's own when unset. */
  override timeZone?: string;

  /** URL of a news list (JSON, RSS or Atom) for "Các tin khác", used when the article has no `related` items. */
  relatedSrc?: string;

  /** The related news heading; default "Các tin khác" / "Other news". */
  relatedHeading?: string;

  /** Hides the related news. */
  hideRelated = false;

  /** Space-separated tools, in order: `print`, `back`, `top`, `text-size` (A− / A+). Empty: no tools row. */
  tools = 'print back top';

  /**
   * Where "Quay lại" goes when the visitor did not come from a page of the same site (a search
   * engine, a shared link, a bookmark): the site's home (`/`) by default, instead of leaving the portal.
   */
  backHref = '/';

  /** The title's heading level (1–6); default 1. With a `heading` bar, the bar takes this level and the title the next. */
  override headingLevel = 1;

  protected readonly strings = articleStrings;

  protected readonly data = new DataSource<ArticleView, GovArticleLoadDetail>(this, {
    property: () => this.article,
    parse: toArticleView,
    isEmpty: () => false,
    detail: (view) => ({ article: view.kind === 'data' ? view.article : null }),
    attributes: () => (this.hasFallback ? LIGHT_DOM : undefined),
  });

  #sizeIndex = storedSize();
  /** Said once after A− / A+ ("Cỡ chữ: 115%"), for screen readers. */
  #sizeNews = '';

  #bodyHtml?: SafeHtml;
  #bodyDiv?: HTMLElement;
  /** The note where the sanitizer cut an over-long body. */
  #bodyCut?: HTMLElement;

  get #level(): number {
    return ariaLevel(this.headingLevel, 1);
  }

  protected override render(): TemplateResult {
    const heading = this.heading ?? this.i18n.t('heading');
    const view = this.data.state === 'ready' ? this.data.data : undefined;
    return html`<div class="frame" part="box" aria-busy=${this.data.state === 'loading'}>
      ${
        heading
          ? html`<div class="heading" part="heading" role="heading" aria-level=${this.#level}>
              <slot name="heading">${heading}</slot>
            </div>`
          : nothing
      }
      ${view ? this.renderReady(view, heading ? 1 : 0) : html`<div class="pending">${this.renderPending()}</div>`}
    </div>`;
  }

  protected override renderSkeleton(): TemplateResult {
    // Two title lines, a summary line, the picture, then body lines.
    const lines = ['sk-title', 'sk-title', '', 'sk-image', '', '', '', '', '', ''];
    return skeleton(
      this.i18n.t('loading'),
      html`<div class="lines" aria-hidden="true">${lines.map((c) => skeletonBox('', c))}</div>`,
    );
  }

  /** The article (`below`: 1 when a heading bar is above it, so the title goes one level down), tools and related news. */
  protected renderReady(view: ArticleView, below = 0): TemplateResult {
    const size = `size-${this.#sizeIndex}`;
    if (view.kind === 'light') {
      return html`<div class="light ${size}" part="content"><slot></slot></div>
        ${this.#renderTools()}${this.#renderRelated([])}`;
    }
    const { article: a, html: body } = view;
    const { lang } = this.i18n;
    return html`<article class="article ${size}" part="article" aria-labelledby="title">
        <header>
          ${a.category ? html`<p class="category" part="category">${a.category}</p>` : nothing}
          ${TITLES[Math.min(5, this.#level - 1 + below)](a.title)}
          ${a.date ? html`<p class="meta" part="meta">${dateTemplate(a.date, lang, this.timeZone)}</p>` : nothing}
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
        ${body ? this.#bodyNode(body) : nothing}
        ${a.author ? html`<p class="author" part="author">${this.i18n.t('author', a.author)}</p>` : nothing}
        ${
          a.source
            ? html`<p class="source" part="source">
                ${this.i18n.t('source')} ${linkOrText(a.source.url, a.source.name, 'source-link')}
              </p>`
            : nothing
        }
      </article>
      ${this.#renderTools()}${this.#renderRelated(a.related)}`;
  }

  /**
   * The sanitized body in its own `<div>`, made once per body, so re-renders (A− / A+, a language
   * change) never parse it again. Its HTML is DOMPurify's TrustedHTML, which `innerHTML` takes
   * under `require-trusted-types-for 'script'` (a plain string where there are no Trusted Types).
   * A body the sanitizer cut for its size ends with a note saying so, in the visitor's language.
   */
  #bodyNode(body: SafeHtml): unknown {
    if (isServer) return unsafeHTML(serverBody(String(body), this.i18n.t('bodyCut')));
    if (this.#bodyHtml !== body) {
      // Hydrating server output: the body it drew is taken over, not parsed again.
      const drawn = this.hasUpdated ? null : this.renderRoot.querySelector<HTMLElement>('div.content[part="body"]');
      const div = (this.#bodyDiv = drawn ?? document.createElement('div'));
      div.className = 'content';
      div.setAttribute('part', 'body');
      if (!drawn) div.innerHTML = body as string;
      div.addEventListener('click', (e) => this.#onBodyClick(e));
      this.#bodyHtml = body;
      this.#bodyCut = div.querySelector<HTMLElement>(`[id="user-content-${BODY_CUT_ID}"]`) ?? undefined;
      if (this.#bodyCut) {
        this.#bodyCut.setAttribute('part', 'body-cut');
        div.append(this.#bodyCut); // last, wherever the cut left it (inside a table, a list…)
      }
    }
    if (this.#bodyCut) this.#bodyCut.textContent = this.i18n.t('bodyCut');
    return this.#bodyDiv!;
  }

  #renderTools(): unknown {
    const tools = [...new Set(this.tools?.toLowerCase().split(/\s+/))].filter((w) => TOOLS.includes(w)) as ArticleTool[];
    if (!tools.length) return nothing;
    const t = (key: ArticleTool | 'smaller' | 'larger'): string => this.i18n.t(key as 'print');
    // A− / A+: the name starts with the visible glyph, so voice control users can say it (WCAG 2.5.3), and
    // goes on in words; the tooltip is the same text, so it is not read a second time as a description.
    const size = (name: 'smaller' | 'larger', step: number, glyph: string): TemplateResult =>
      html`<button
        type="button"
        class="size"
        part="button ${name}"
        aria-label=${`${glyph} ${t(name)}`}
        title=${`${glyph} ${t(name)}`}
        aria-disabled=${!SIZES[this.#sizeIndex + step]}
        @click=${() => this.#resize(step)}
      >
        <span aria-hidden="true">${glyph}</span>
      </button>`;
    return html`<div class="tools" part="tools" role="group" aria-label=${this.i18n.t('tools')}>
      ${tools.map((tool) =>
        tool === 'text-size'
          ? html`<span class="text-size"
              >${size('smaller', -1, 'A−')}${size('larger', 1, 'A+')}<span class="sr-only" role="status"
                >${this.#sizeNews}</span
              ></span
            >`
          : html`<button type="button" part="button ${tool}" @click=${this[tool]}>${t(tool)}</button>`,
      )}
    </div>`;
  }

  /**
   * "Các tin khác": the article's own related items as a list (the look of `<gov-news-list>`'s), or
   * for `related-src` a `<gov-news-list>` itself (fetching, RSS/Atom, loading and error states),
   * loaded the first time one is needed. Its own gov-load / gov-error stay inside: outside, they
   * would look like the article's.
   */
  #renderRelated(items: NewsItem[]): unknown {
    const src = this.relatedSrc?.trim();
    if (this.hideRelated || !(items.length || src)) return nothing;
    const heading = this.relatedHeading ?? this.i18n.t('related');
    const level = Math.min(6, this.#level + 1);
    const { lang } = this.i18n;
    const tz = this.timeZone;
    if (items.length) {
      return html`<section class="related box" part="related" aria-labelledby="related">
        <div id="related" class="heading" role="heading" aria-level=${level}>${heading}</div>
        <ul class="body">
          ${items.map(
            ({ url, title, date }) =>
              // No parts inside: the article's own `link` and `date` parts name its source and date.
              html`<li>${linkOrText(url, title, '')} ${dateTemplate(date, lang, tz, true, '')}</li>`,
          )}
        </ul>
      </section>`;
    }
    void import('../news-list/news-list.js');
    const stop = (e: Event): void => e.stopPropagation();
    return html`<gov-news-list
      class="related"
      part="related"
      lang=${lang}
      heading=${heading}
      heading-level=${level}
      time-zone=${tz ?? nothing}
      src=${src}
      @gov-load=${stop}
      @gov-error=${stop}
    ></gov-news-list>`;
  }

  private print(): void {
    window.print();
  }

  /** The previous page when it was one of this site's; otherwise `back-href`, so the visitor stays on the portal. */
  private back(): void {
    if (cameFromSite()) history.back();
    else location.assign(safeUrl(this.backHref?.trim() || '/') ?? '/');
  }

  /**
   * Brings the title into view (instantly under reduced motion) and moves focus to it: ours, or the
   * page's own first heading; the top of the page when there is none. The title, not the page's top:
   * under a tall site header the page's top would leave the focused title out of sight.
   */
  private top(): void {
    const title =
      this.renderRoot.querySelector<HTMLElement>('#title') ?? this.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
    if (title) title.scrollIntoView({ behavior: scrollBehavior(), block: 'start' });
    else window.scrollTo({ top: 0, behavior: scrollBehavior() });
    focusTarget(title);
  }

  /**
   * In-page links of the body (`href="#muc-1"`): the document cannot see ids inside a shadow root,
   * so the element scrolls to the target (its id was prefixed `user-content-` by the sanitizer).
   */
  #onBodyClick(e: Event): void {
    const link = (e.target as Element).closest('a[href^="#"]');
    if (!link) return;
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
  }

  #resize(step: number): void {
    const next = this.#sizeIndex + step;
    if (!SIZES[next]) return; // past the smallest or largest size (the button says so with aria-disabled)
    this.#sizeIndex = next;
    this.#sizeNews = this.i18n.t('textSize', SIZES[next]);
    try {
      if (next === 1) localStorage.removeItem(TEXT_SIZE_KEY);
      else localStorage.setItem(TEXT_SIZE_KEY, String(SIZES[next]));
    } catch {
      // Storage full or disabled: the size still applies on this page.
    }
    this.requestUpdate();
  }
}

define('gov-article', GovArticle);

declare global {
  interface HTMLElementTagNameMap {
    'gov-article': GovArticle;
  }
}
