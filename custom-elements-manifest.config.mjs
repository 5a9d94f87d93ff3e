// `npm run analyze` (cem analyze --litelement) reads this file.

/**
 * The Lit plugin lists every reactive property as an attribute, internal state too (`{ state: true }`
 * in `static properties`, such as `hasFallback`). Private and protected members are not public API:
 * their attributes are dropped from the manifest.
 */
function dropInternalAttributes() {
  return {
    name: 'drop-internal-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.attributes) continue;
          const hidden = new Set(
            (decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
          );
          decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName));
        }
      }
    },
  };
}

export default {
  plugins: [dropInternalAttributes()],
};
