import { html, nothing, type TemplateResult } from 'lit';

/**
 * Built-in icons: one 24×24 stroked path each, drawn in `currentColor`. English names, with the
 * Vietnamese names a webmaster is likely to type as aliases.
 */
const paths = {
  service: 'M3 10 12 4l9 6zM5 10v8M9.7 10v8M14.3 10v8M19 10v8M3 20h18',
  document: 'M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6',
  calendar: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5',
  mail: 'M3 6h18v12H3zm0 1 9 6 9-6',
  notice: 'M6 16v-5a6 6 0 0 1 12 0v5l2 2H4zM10 21h4',
  search: 'M11 5a6 6 0 1 0 0 12 6 6 0 1 0 0-12zM20 20l-4.5-4.5',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  book: 'M3 5h6a3 3 0 0 1 3 3v12a2 2 0 0 0-2-2H3zM21 5h-6a3 3 0 0 0-3 3v12a2 2 0 0 1 2-2h7z',
} as const;

/** The name of a built-in icon. */
export type ServiceIconName = keyof typeof paths;

/** An icon after validation: a built-in one, or an image URL that passed the allowlist. */
export type ServiceIcon = { kind: 'builtin'; name: ServiceIconName } | { kind: 'url'; src: string };

const names = Object.keys(paths) as ServiceIconName[];

/**
 * Every name `icon` accepts for a built-in icon: the English names, then their Vietnamese aliases
 * in the same order (`dich-vu-cong` is `service`, `van-ban` is `document`, …).
 */
export const iconNames: readonly string[] = [
  ...names,
  ...'dich-vu-cong van-ban lich thu-dien-tu thong-bao tra-cuu lien-ket sach'.split(' '),
];

/** The built-in icon called `name` (trimmed, case-insensitive, English or Vietnamese), or `undefined`. */
export function iconName(name: string): ServiceIconName | undefined {
  const i = iconNames.indexOf(name.trim().toLowerCase());
  return i < 0 ? undefined : names[i % names.length];
}

/** A decorative stroked icon (hidden from assistive technology: the link's text carries the words). */
const svgIcon = (d: string, part: string, more = ''): TemplateResult =>
  html`<svg
    class="${part}${more}"
    part=${part}
    viewBox="0 0 24 24"
    aria-hidden="true"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    <path d=${d}></path>
  </svg>`;

/** A link's icon: a built-in `<svg>` or a decorative, lazy `<img>` of fixed size (nothing shifts when it arrives). */
export const iconTemplate = (icon?: ServiceIcon): unknown =>
  !icon
    ? nothing
    : icon.kind === 'url'
      ? html`<img class="icon" part="icon" src=${icon.src} alt="" width="24" height="24" loading="lazy" decoding="async" />`
      : svgIcon(paths[icon.name], 'icon', ' icon-' + icon.name);

/** The "leads to another site" mark. */
export const externalTemplate = (): TemplateResult => svgIcon('M14 4h6v6M20 4l-9 9M18 14v6H4V6h6', 'external');
