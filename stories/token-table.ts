import { html, type CSSResultOrNative, type TemplateResult } from 'lit';
import { manifest } from '../.storybook/manifest.js';
import { themeStyles } from '../src/core/theme.styles.js';
import '../src/index.js';

/** The text of a style, whether a Lit CSSResult or a constructed sheet. */
const textOf = (style: CSSResultOrNative): string =>
  'cssText' in style ? style.cssText : [...style.cssRules].map((r) => r.cssText).join('\n');

/** Every `var(--gov-x, default)` in `css`: the token and its default, brackets balanced. */
function defaultsIn(css: string, into: Map<string, string>): void {
  for (const match of css.matchAll(/var\((--gov-[\w-]+)\s*,\s*/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    for (; end < css.length && depth > 0; end++) depth += css[end] === '(' ? 1 : css[end] === ')' ? -1 : 0;
    if (!into.has(match[1])) into.set(match[1], css.slice(match.index + match[0].length, end - 1).trim());
  }
}

/** The values a theme block (`html[data-gov-theme='dark'] { … }`) of the theme sheet sets. */
function themeValues(theme: string): Map<string, string> {
  const block = textOf(themeStyles).match(new RegExp(`data-gov-theme='${theme}'\\]\\s*\\{([^}]*)\\}`))?.[1] ?? '';
  return new Map([...block.matchAll(/(--gov-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

/**
 * Every `--gov-*` token the manifest documents, with its default read from the elements' own styles
 * (so the table cannot drift from the code) and its dark and high-contrast values where a theme sets one.
 */
export function tokenTable(): TemplateResult {
  const described = new Map<string, { description: string; tags: string[] }>();
  for (const mod of manifest.modules)
    for (const decl of mod.declarations ?? [])
      for (const prop of decl.cssProperties ?? []) {
        const row = described.get(prop.name) ?? { description: prop.description ?? '', tags: [] };
        if (decl.tagName) row.tags.push(decl.tagName);
        described.set(prop.name, row);
      }
  const defaults = new Map<string, string>();
  for (const { tagName } of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    const ctor = tagName ? (customElements.get(tagName) as { elementStyles?: CSSResultOrNative[] } | undefined) : undefined;
    ctor?.elementStyles?.forEach((style) => defaultsIn(textOf(style), defaults));
  }
  const [dark, contrast] = [themeValues('dark'), themeValues('contrast')];
  const names = [...new Set([...described.keys(), ...defaults.keys(), ...dark.keys()])].sort();
  return html`<table style="border-collapse: collapse; font: 0.9rem/1.4 system-ui, sans-serif">
    <caption style="text-align: start; font-weight: 600; padding-block-end: 0.5rem">
      Các token --gov-* và giá trị mặc định / Every --gov-* token and its default
    </caption>
    <thead>
      <tr>
        ${['token', 'mặc định / default', 'tối / dark', 'tương phản cao / high contrast', 'dùng ở / used by'].map(
          (h) => html`<th scope="col" style="text-align: start; padding: 0.3rem 0.6rem; border-bottom: 2px solid">${h}</th>`,
        )}
      </tr>
    </thead>
    <tbody>
      ${names.map(
        (name) =>
          html`<tr title=${described.get(name)?.description ?? ''}>
            ${[name, defaults.get(name) ?? '(inherited)', dark.get(name) ?? '', contrast.get(name) ?? ''].map(
              (cell) => html`<td style="padding: 0.3rem 0.6rem; border-bottom: 1px solid #b9c6d6"><code>${cell}</code></td>`,
            )}
            <td style="padding: 0.3rem 0.6rem; border-bottom: 1px solid #b9c6d6">
              ${(described.get(name)?.tags.length ?? 0) >= 8 ? 'all' : described.get(name)?.tags.join(', ')}
            </td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
