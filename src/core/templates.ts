import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, isoDay, type GovDate } from './format.js';
import type { Lang } from './i18n.js';

/**
 * `<time part="date">`: the localized date, with its machine form in `datetime`. `part = ''` leaves
 * it without a part (inside a box whose `date` part is something else).
 */
export function dateTemplate(date: GovDate | undefined, lang: Lang, timeZone?: string, wrap = false, part = 'date'): unknown {
  if (!date) return nothing;
  const shown = formatDate(date, lang, timeZone);
  return html`<time part=${part} class="date" datetime=${isoDay(date, timeZone)}>${wrap ? `(${shown})` : shown}</time>`;
}

/** A link when the item has a safe URL; its content as plain text otherwise. `part = ''`: no parts. */
export function linkOrText(url: string | undefined, content: unknown, part = 'link'): TemplateResult {
  return url
    ? html`<a part=${part} class="link" href=${url}>${content}</a>`
    : html`<span part=${part && 'text'} class="link">${content}</span>`;
}

/** A lazy image with reserved dimensions, so nothing shifts when it arrives. */
export function imageTemplate(src: string, alt: string, width: number, height: number, part = 'image'): TemplateResult {
  return html`<img
    part=${part}
    class="image"
    src=${src}
    alt=${alt}
    width=${width}
    height=${height}
    loading="lazy"
    decoding="async"
  />`;
}

/**
 * The loading placeholder: `part="skeleton"`, a status that screen readers hear as `label`
 * ("Đang tải…"), and the element's `shape`, which it marks `aria-hidden`. `cls` adds the classes
 * that give the shape the layout of the coming data.
 */
export function skeleton(label: string, shape: unknown, cls = ''): TemplateResult {
  return html`<div class="skeleton ${cls}" part="skeleton" role="status"><span class="sr-only">${label}</span>${shape}</div>`;
}

/**
 * One grey, pulsing box of the placeholder. Text of a typical length (a title, a date) is kept
 * invisible inside, so the box wraps as the real text will at any width; other content keeps its
 * space unseen; an empty box takes the size its class gives it.
 */
export function skeletonBox(content: unknown = '', cls = ''): TemplateResult {
  return html`<span class="skeleton-box ${cls}"
    >${typeof content === 'string' && content ? html`<span>${content}</span>` : content}</span
  >`;
}
