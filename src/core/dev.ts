/**
 * True in the development build, false in the production build. The build writes the two from the same
 * code: `dist/development/` keeps `true` (the package's `development` export condition serves it, and
 * `dist/development/gov-portal-elements.bundle.js` is the drop-in bundle with it), `dist/` gets `false`, so
 * bundlers drop every `if (DEV)` branch. Inside them go the hints that only help whoever sets an element
 * up (a `labels` attribute that is not JSON, a language with missing labels, an unknown icon name);
 * what goes wrong with data or the network is reported in both builds.
 */
export const DEV: boolean = true;
