// `npm run analyze` (cem analyze --litelement) reads this file. The plugins live in
// scripts/build/cem-plugins.mjs; `npm run check:manifest` checks what they produce.
import { dropInternalAttributes, keepOwnTypes, pathsIntoDist, typesFromCode } from './scripts/build/cem-plugins.mjs';

export default {
  // package.json already names custom-elements.json; the analyzer would rewrite it to any --outdir.
  packagejson: false,
  plugins: [keepOwnTypes(), typesFromCode(), dropInternalAttributes(), pathsIntoDist()],
};
