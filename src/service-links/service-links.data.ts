import { DEV } from '../core/dev.js';
import { isExternal, safeUrl } from '../core/safe-url.js';
import { text, validateList } from '../core/validate.js';
import { iconName, iconNames, type ServiceIcon } from './service-icons.js';

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

const TAG = 'gov-service-links';

/** A built-in icon, an allowed image URL, or nothing (unknown names and disallowed URLs are dropped). */
function toIcon(raw: unknown, base: string): ServiceIcon | undefined {
  const s = typeof raw === 'string' ? raw.trim() : '';
  const name = iconName(s);
  if (name) return { kind: 'builtin', name };
  if (/^[\w-]+$/.test(s)) {
    if (DEV)
      console.warn(`<${TAG}>: unknown icon name ${JSON.stringify(s.slice(0, 40))} ignored (built-in: ${iconNames.join(', ')})`);
    return;
  }
  const src = safeUrl(s, base);
  return src ? { kind: 'url', src } : undefined;
}

/**
 * Validates a link list (an array, `{ items }`, or a parsed RSS/Atom feed). Links without a title
 * or an allowed URL are skipped with a warning that says why.
 */
export const toServiceLinks = (raw: unknown, base: string): ServiceLink[] =>
  validateList(raw, TAG, (item) => {
    const title = text(item.title);
    const given = item.url ?? item.link;
    const url = safeUrl(given, base);
    return !title
      ? 'it has no "title"'
      : text(given) === undefined
        ? 'it has no "url"'
        : !url
          ? 'its "url" is not allowed (only http:, https:, mailto:, tel: and relative URLs are)'
          : {
              title,
              url,
              external: isExternal(url),
              description: text(item.description ?? item.summary),
              icon: toIcon(item.icon, base),
              group: text(item.group),
            };
  });
