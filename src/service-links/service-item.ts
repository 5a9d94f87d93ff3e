import { isExternal, safeUrl } from '../core/safe-url.js';
import { text, validateList, type RawRecord } from '../core/validate.js';
import { iconName, iconNames, type ServiceIconName } from './service-icons.js';

/** A link as pages give it (JSON). `title` and `url` are required. */
export interface ServiceLinkInput {
  title: string;
  url: string;
  description?: string;
  /** A built-in icon name (`dich-vu-cong`, `service`, `van-ban`, …) or an image URL. */
  icon?: string;
  /** Links with the same group are listed together under that subheading. */
  group?: string;
}

/** An icon after validation: a built-in one, or an image URL that passed the allowlist. */
export type ServiceIcon = { kind: 'builtin'; name: ServiceIconName } | { kind: 'url'; src: string };

/** A link after validation: text is trimmed, the URLs passed the allowlist. */
export interface ServiceLink {
  title: string;
  /** Absolute URL (http, https, mailto, tel). */
  url: string;
  /** True when `url` leads to another site (another origin). */
  external: boolean;
  description?: string;
  icon?: ServiceIcon;
  group?: string;
}

/** A built-in icon, an allowed image URL, or nothing (unknown names and disallowed URLs are dropped). */
export function toIcon(raw: unknown, base: string, tag = 'gov-service-links'): ServiceIcon | undefined {
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  const name = iconName(raw);
  if (name) return { kind: 'builtin', name };
  if (/^[\w-]+$/.test(raw.trim())) {
    console.warn(`<${tag}>: unknown icon name ${JSON.stringify(raw.slice(0, 40))} ignored (built-in: ${iconNames.join(', ')})`);
    return undefined;
  }
  const src = safeUrl(raw, base);
  return src ? { kind: 'url', src } : undefined;
}

/** Validates one link; returns the reason when it is unusable. */
export function toServiceLink(raw: RawRecord, base: string, tag = 'gov-service-links'): ServiceLink | string {
  const title = text(raw.title);
  if (!title) return 'it has no "title"';
  const given = raw.url ?? raw.link;
  if (text(given) === undefined) return 'it has no "url"';
  const url = safeUrl(given, base);
  if (!url) return 'its "url" is not allowed (only http:, https:, mailto:, tel: and relative URLs are)';
  return {
    title,
    url,
    external: isExternal(url),
    description: text(raw.description ?? raw.summary),
    icon: toIcon(raw.icon, base, tag),
    group: text(raw.group),
  };
}

/** Validates a link list (an array, `{ items }`, or a parsed RSS/Atom feed). */
export function toServiceLinks(raw: unknown, base: string, tag = 'gov-service-links'): ServiceLink[] {
  return validateList(raw, tag, (item) => toServiceLink(item, base, tag));
}
