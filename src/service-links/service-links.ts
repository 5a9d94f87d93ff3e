import { html, nothing, type TemplateResult } from 'lit';
import { baseStyles } from '../core/base.styles.js';
import { DataSource } from '../core/data-source.js';
import type { GovEventMap } from '../core/events.js';
import { dataChanged } from '../core/same-data.js';
import { ariaLevel, define, GovElement } from '../core/gov-element.js';
import { skeleton, skeletonBox } from '../core/templates.js';
import { externalTemplate, iconTemplate, type ServiceIcon, type ServiceIconName } from './service-icons.js';
import { toServiceLinks, type ServiceLink, type ServiceLinkInput } from './service-links.data.js';
import { registerLanguage, type GovLabels, type Lang, type LanguageLabels, type LanguageOptions } from '../core/i18n.js';
import { serviceLinksStrings, type ServiceLinksLabel } from './service-links.strings.js';
import { serviceLinksStyles } from './service-links.styles.js';

export type { ServiceIcon, ServiceIconName, ServiceLink, ServiceLinkInput };
export { registerLanguage, type GovLabels, type Lang, type LanguageLabels, type LanguageOptions, type ServiceLinksLabel };

/** The three looks of a link list. */
export type ServiceLinksLayout = 'list' | 'grid' | 'buttons';

/** `detail` of the service links's `gov-load`: the validated links it rendered. */
export interface GovServiceLinksLoadDetail {
  items: ServiceLink[];
}

/** The service links's events, for `addEventListener` and the framework wrappers. */
export type GovServiceLinksEventMap = GovEventMap<GovServiceLinksLoadDetail>;

/**
 * A list of links: online public services ("Dịch vụ công trực tuyến"), document systems ("Hệ thống
 * văn bản") or quick links ("Lịch làm việc", "Thư điện tử"), from `items`, a JSON or RSS/Atom `src`,
 * or an inline `<script type="application/json">`. Links with a `group` are listed under that
 * group's subheading; links to another site are marked, visibly and for screen readers.
 *
 * @summary Service links: a list, tile grid or column of buttons of links, with icons and optional groups.
 * @tag gov-service-links
 *
 * @csspart group - One group: its subheading and its list.
 * @csspart group-heading - A group's subheading.
 * @csspart list - A `<ul>` of links.
 * @csspart item - One `<li>`.
 * @csspart link - A link.
 * @csspart icon - A link's icon (built-in `<svg>` or `<img>`).
 * @csspart title - A link's text.
 * @csspart external - The mark on a link to another site.
 * @csspart description - A link's description, under it.
 *
 * @cssprop --gov-color-primary - Heading bar, group subheadings, icons, the `buttons` layout and the button (default #0b4a8b).
 * @cssprop --gov-color-on-primary - Text on the heading bar and on `buttons` (default #fff).
 * @cssprop --gov-color-muted - Descriptions and messages.
 * @cssprop --gov-color-border - Box, separator and tile border colour.
 * @cssprop --gov-color-hover - Tile background under the pointer in the `grid` layout (default #eef3f9).
 * @cssprop --gov-group-heading-transform - Group subheading text-transform (default none).
 * @cssprop --gov-link-icon-size - Icon size (default 1.25em; 2.25em in the `grid` layout).
 * @cssprop --gov-link-icon-color - Built-in icon colour (default: the primary colour).
 * @cssprop --gov-tile-min-width - Minimum tile width in the `grid` layout (default 8em).
 *
 * @fires gov-load - Links rendered; `detail: { items }` (validated links).
 */
export class GovServiceLinks extends GovElement<ServiceLink[], 'external' | 'newWindow', GovServiceLinksEventMap> {
  static override styles = [baseStyles, serviceLinksStyles];

  static override properties = {
    items: { attribute: false, hasChanged: dataChanged },
    layout: { reflect: true },
    limit: { type: Number },
    newWindow: { attribute: 'new-window', type: Boolean },
  };

  /** Links set from code; they take priority over `src` and are validated like fetched data. */
  items?: ServiceLinkInput[];

  /** `list` (default), `grid` (tiles with large icons) or `buttons` (a column of coloured buttons). */
  layout: ServiceLinksLayout = 'list';

  /** The most links shown, in data order before grouping (0: all). The loading placeholder has this many rows. */
  limit = 0;

  /** Links to another site open in a new window (`target="_blank"`, `rel="noopener noreferrer"`), and say so. */
  newWindow = false;

  protected readonly strings = serviceLinksStrings;

  protected readonly data = new DataSource<ServiceLink[], GovServiceLinksLoadDetail>(this, {
    property: () => this.items,
    parse: toServiceLinks,
    isEmpty: (links) => !links.length,
    detail: (items) => ({ items }),
  });

  /**
   * The loading placeholder has the shape of the coming links: `limit` rows (or 5 rows, 6 tiles or
   * 4 buttons) with the same CSS as real ones, each holding an icon's space and invisible text of a
   * typical title, so it wraps as real titles do at any width and the page under the element does
   * not move when the links arrive (tests/layout-shift.test.ts).
   */
  protected override renderSkeleton(): TemplateResult {
    const rows = Math.min(this.limit || ({ grid: 6, buttons: 4 } as Record<string, number>)[this.layout] || 5, 24);
    // Invisible text: a model page's link title, for its typical length.
    const row = html`<span aria-hidden="true"
      >${skeletonBox(html`<span class="icon"></span><span class="text">Bộ Thủ tục hành chính Huyện</span>`, 'link')}</span
    >`;
    return skeleton(
      this.i18n.t('loading'),
      Array.from({ length: rows }, () => row),
      'links',
    );
  }

  /** Links without a group first, then each group under its subheading, in the order it first appears. */
  protected renderReady(links: ServiceLink[]): TemplateResult {
    const groups = new Map<string | undefined, TemplateResult[]>([[undefined, []]]);
    (this.limit > 0 ? links.slice(0, this.limit) : links).forEach((link, i) => {
      if (!groups.has(link.group)) groups.set(link.group, []);
      groups.get(link.group)!.push(this.#renderLink(link, i));
    });
    const level = Math.min(6, ariaLevel(this.headingLevel, 2) + 1);
    return html`${[...groups].map(([name, items], i) => {
      const list = html`<ul class="links" part="list" aria-labelledby=${name ? `group-${i}` : nothing}>
        ${items}
      </ul>`;
      return !items.length
        ? nothing
        : name
          ? html`<div class="group" part="group">
              <div id="group-${i}" class="group-heading" part="group-heading" role="heading" aria-level=${level}>${name}</div>
              ${list}
            </div>`
          : list;
    })}`;
  }

  #renderLink(link: ServiceLink, i: number): TemplateResult {
    const external = link.external;
    const newWindow = this.newWindow && external;
    const id = link.description && `description-${i}`;
    return html`<li part="item">
      <a
        class="link"
        part="link"
        href=${link.url}
        target=${newWindow ? '_blank' : nothing}
        rel=${newWindow ? 'noopener noreferrer' : nothing}
        aria-describedby=${id || nothing}
        >${iconTemplate(link.icon)}<span class="title" part="title">${link.title}${external ? externalTemplate() : nothing}</span
        >${external ? html`<span class="sr-only"> (${this.i18n.t(newWindow ? 'newWindow' : 'external')})</span>` : nothing}</a
      >
      ${id ? html`<p id=${id} class="description" part="description">${link.description}</p>` : nothing}
    </li>`;
  }
}

define('gov-service-links', GovServiceLinks);

declare global {
  interface HTMLElementTagNameMap {
    'gov-service-links': GovServiceLinks;
  }
}
