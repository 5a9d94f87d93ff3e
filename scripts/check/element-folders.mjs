// The element folders under src/: a folder `x` holding `x/x.ts` that registers a tag (define() or customElements.define()).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every element folder under `root`/src, sorted by name: `{ name, tag, className, file }`.
 * @param {string} [root]
 * @returns {{ name: string, tag: string, className: string, file: string }[]}
 */
export function elementFolders(root = '.') {
  const src = join(root, 'src');
  const found = [];
  for (const name of readdirSync(src).sort()) {
    const file = join(src, name, `${name}.ts`);
    if (!existsSync(file)) continue;
    // define('gov-x', GovX), or customElements.define('gov-x', GovX) for an element without the core's helper.
    const match = readFileSync(file, 'utf8').match(/(?:^|customElements\.)define\(\s*'([a-z][\w.-]*-[\w.-]*)'\s*,\s*(\w+)\s*\)/m);
    if (match) found.push({ name, tag: match[1], className: match[2], file: `src/${name}/${name}.ts` });
  }
  return found;
}
