import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from '../core/base.styles.js';
import { DataSource } from '../core/data-source.js';
import { define, GovElement } from '../core/gov-element.js';
import { externalIconTemplate, iconTemplate, type ServiceIconName } from './service-icons.js';
import { toServiceLinks, type ServiceIcon, type ServiceLink, type ServiceLinkInput } from './service-item.js';
import { serviceLinksStrings } from './service-links.strings.js';
import { serviceLinksStyles } from './service-links.styles.js';

export type { ServiceIcon, ServiceIconName, ServiceLink, ServiceLinkInput };

/** The three looks of a link list. */
export type ServiceLinksLayout = 'list' | 'grid' | 'buttons';

/** Links under one subheading (`name` undefined: the links without a group, listed first). */
interface Section {
  name?: string;
  links: Array<{ link: ServiceLink; index: number }>;
}

/**
 * A list of links: online public services ("Dịch vụ công trực tuyến"), document systems ("Hệ thống
 * văn bản") or quick links ("Lịch làm việc", "Thư điện tử"), from `items`, a JSON or RSS/Atom `src`,
 * or an inline `<script type="application/json">`. Links with a `group` are listed under that
 * group's subheading; links to another site are marked, visibly and for screen readers.
 *
 * @summary Service links: a list, tile grid or column of buttons of links, with icons and optional groups.
 * @tag gov-service-links
 *
 * @attr state - `loading` | `ready` | `empty` | `error`; set by the element, for styling and tests.
 *
 * @slot - Fallback content (e.g. a plain `<ul>` of links), shown until data renders and when there is no source.
 * @slot heading - Replaces the heading text.
 *
 * @csspart box - The outer box.
 * @csspart heading - The coloured heading bar.
 * @csspart body - The bordered body under the heading.
 * @csspart group - One group: its subheading and its list.
 * @csspart group-heading - A group's subheading.
 * @csspart list - A `<ul>` of links.
 * @csspart item - One `<li>`.
 * @csspart link - A link.
 * @csspart icon - A link's icon (built-in `<svg>` or `<img>`).
 * @csspart title - A link's text.
 * @csspart external - The mark on a link to another site.
 * @csspart description - A link's description, under it.
 * @csspart button - The "Thử lại" button.
 * @csspart message - The empty and error messages.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --gov-color-primary - Heading bar, group subheadings, icons, the `buttons` layout and the button (default #0b4a8b).
 * @cssprop --gov-color-on-primary - Text on the heading bar and on `buttons` (default #fff).
 * @cssprop --gov-color-text - Body text colour.
 * @cssprop --gov-color-muted - Descriptions and messages.
 * @cssprop --gov-color-link - Link colour.
 * @cssprop --gov-color-border - Box, separator and tile border colour.
 * @cssprop --gov-color-surface - Box background.
 * @cssprop --gov-color-hover - Tile background under the pointer in the `grid` layout (default #eef3f9).
 * @cssprop --gov-color-accent - Error text.
 * @cssprop --gov-color-focus - Focus outline.
 * @cssprop --gov-color-skeleton - Loading placeholder.
 * @cssprop --gov-font-family - Font stack.
 * @cssprop --gov-font-size - Base font size.
 * @cssprop --gov-radius - Corner radius.
 * @cssprop --gov-space - Inner spacing.
 * @cssprop --gov-heading-transform - Heading text-transform (default uppercase).
 * @cssprop --gov-group-heading-transform - Group subheading text-transform (default none).
 * @cssprop --gov-link-icon-size - Icon size (default 1.25rem; 2.25rem in the `grid` layout).
 * @cssprop --gov-link-icon-color - Built-in icon colour (default: the primary colour).
 * @cssprop --gov-tile-min-width - Minimum tile width in the `grid` layout (default 8rem).
 *
 * @fires gov-load - Links rendered; `detail: { items }` (validated links).
 * @fires gov-error - Loading failed; `detail: { error, src }`.
 */
export class GovServiceLinks extends GovElement<ServiceLink[], 'external' | 'newWindow'> {
  static override styles = [baseStyles, serviceLinksStyles];

  /** Links set from code; they take priority over `src` and are validated like fetched data. */
  @property({ attribute: false }) items?: ServiceLinkInput[];

  /** `list` (default), `grid` (tiles with large icons) or `buttons` (a column of coloured buttons). */
  @property({ reflect: true }) layout: ServiceLinksLayout = 'list';

  /** The most links shown, in data order before grouping (0: all). */
  @property({ type: Number }) limit = 0;

  /** Links to another site open in a new window (`target="_blank"`, `rel="noopener noreferrer"`), and say so. */
  @property({ attribute: 'new-window', type: Boolean }) newWindow = false;

  protected readonly strings = serviceLinksStrings;

  protected readonly data = new DataSource<ServiceLink[]>(this, {
    property: () => this.items,
    parse: (raw, base) => toServiceLinks(raw, base),
    isEmpty: (links) => links.length === 0,
    detail: (items) => ({ items }),
  });

  private seen: ServiceLink[] | undefined;
  private sections: Section[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const all = this.data.data ?? [];
    if (all === this.seen && !changed.has('limit')) return;
    this.seen = all;
    const links = this.limit > 0 ? all.slice(0, this.limit) : all;
    // Links without a group first, then each group in the order it first appears.
    const ungrouped: Section = { links: [] };
    const groups = new Map<string, Section>();
    links.forEach((link, index) => {
      if (!link.group) return void ungrouped.links.push({ link, index });
      let section = groups.get(link.group);
      if (!section) groups.set(link.group, (section = { name: link.group, links: [] }));
      section.links.push({ link, index });
    });
    this.sections = [...(ungrouped.links.length ? [ungrouped] : []), ...groups.values()];
  }

  protected override renderSkeleton(): TemplateResult {
    const layout = this.layout === 'grid' || this.layout === 'buttons' ? this.layout : 'list';
    const count = Math.min({ list: 5, grid: 6, buttons: 4 }[layout], this.limit || Infinity);
    return html`<div class="skeleton ${layout}" part="skeleton" role="status">
      <span class="sr-only">${this.i18n.t('loading')}</span>
      ${Array.from({ length: count }, () => html`<span aria-hidden="true"></span>`)}
    </div>`;
  }

  protected renderReady(): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + 1);
    return html`${this.sections.map((section, i) =>
      section.name === undefined
        ? this.renderList(section)
        : html`<div class="group" part="group">
            <div id="group-${i}" class="group-heading" part="group-heading" role="heading" aria-level=${level}>
              ${section.name}
            </div>
            ${this.renderList(section, `group-${i}`)}
          </div>`,
    )}`;
  }

  private renderList(section: Section, labelledBy?: string): TemplateResult {
    return html`<ul class="links" part="list" aria-labelledby=${labelledBy ?? nothing}>
      ${section.links.map(({ link, index }) => this.renderLink(link, index))}
    </ul>`;
  }

  private renderIcon(icon: ServiceIcon | undefined): unknown {
    if (!icon) return nothing;
    if (icon.kind === 'builtin') return iconTemplate(icon.name);
    return html`<img class="icon" part="icon" src=${icon.src} alt="" width="24" height="24" loading="lazy" decoding="async" />`;
  }

  private renderLink(link: ServiceLink, index: number): TemplateResult {
    const newWindow = this.newWindow && link.external;
    const note = [link.external ? this.i18n.t('external') : '', newWindow ? this.i18n.t('newWindow') : ''].filter(Boolean);
    const descriptionId = `description-${index}`;
    return html`<li part="item">
      <a
        class="link"
        part="link"
        href=${link.url}
        target=${newWindow ? '_blank' : nothing}
        rel=${newWindow ? 'noopener noreferrer' : nothing}
        aria-describedby=${link.description ? descriptionId : nothing}
        >${this.renderIcon(link.icon)}<span class="title" part="title"
          >${link.title}${link.external ? externalIconTemplate() : nothing}</span
        >${note.length ? html`<span class="sr-only"> (${note.join(', ')})</span>` : nothing}</a
      >
      ${link.description ? html`<p id=${descriptionId} class="description" part="description">${link.description}</p>` : nothing}
    </li>`;
  }
}

define('gov-service-links', GovServiceLinks);

declare global {
  interface HTMLElementTagNameMap {
    'gov-service-links': GovServiceLinks;
  }
}
