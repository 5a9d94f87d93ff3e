import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/*
 * The demo portal.
 *   npm start          serves the repository root; / redirects to /demo/, whose pages load /src/index.ts.
 *   npm run build:demo builds demo/index.html, en.html and bundle.html into demo-dist/ (git-ignored), with
 *                      demo/data and demo/images beside them and dist/gov-portal-elements*.{js,css}
 *                      copied to demo-dist/dist/, so bundle.html keeps using the real drop-in bundle
 *                      (run `npm run build` first).
 */

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = resolve(root, 'demo-dist');

/** Dev: `/` → `/demo/`, and the demo's URLs printed with Vite's own. Build: data, images and dist/ copied. */
function demoPortal(): Plugin {
  return {
    name: 'gov:demo-portal',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url === '/' || req.url === '/index.html' || req.url === '/demo') {
          res.statusCode = 302;
          res.setHeader('Location', '/demo/');
          res.end();
          return;
        }
        next();
      });
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        for (const url of server.resolvedUrls?.local ?? []) {
          server.config.logger.info(
            `  ➜  Demo:    ${url}demo/   (English: ${url}demo/en.html, drop-in bundle: ${url}demo/bundle.html)`,
          );
        }
      };
    },
    // The built entry <script> is Vite's own, without the page's `blocking="render"`: put it back, so the
    // built demo also paints with its elements defined (no shift when they upgrade).
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(/<script type="module" crossorigin /g, '<script type="module" blocking="render" crossorigin '),
    },
    closeBundle: {
      sequential: true,
      handler() {
        const bundle = resolve(root, 'dist/gov-portal-elements.bundle.js');
        if (!existsSync(bundle)) {
          this.error('dist/gov-portal-elements.bundle.js is missing: run `npm run build` first (demo/bundle.html uses it).');
        }
        cpSync(resolve(root, 'demo/data'), join(outDir, 'demo/data'), { recursive: true });
        cpSync(resolve(root, 'demo/images'), join(outDir, 'demo/images'), { recursive: true });
        mkdirSync(join(outDir, 'dist'), { recursive: true });
        for (const file of readdirSync(resolve(root, 'dist'))) {
          if (/^gov-portal-elements.*\.(js|css|map)$/.test(file)) cpSync(resolve(root, 'dist', file), join(outDir, 'dist', file));
        }
      },
    },
  };
}

export default defineConfig(({ command }) => ({
  root,
  // Relative asset URLs, so demo-dist/ works from any folder of any server.
  base: command === 'build' ? './' : '/',
  // Real 404s for missing data files (no index.html fallback), as a CMS's server gives.
  appType: 'mpa',
  publicDir: false,
  plugins: [demoPortal()],
  server: { host: '127.0.0.1' },
  // Only the demo's pages are scanned for dependencies (not storybook-static/, coverage/, …).
  optimizeDeps: { entries: ['demo/*.html'] },
  preview: { host: '127.0.0.1' },
  build: {
    outDir,
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: resolve(root, 'demo/index.html'),
        en: resolve(root, 'demo/en.html'),
        bundle: resolve(root, 'demo/bundle.html'),
        'van-ban': resolve(root, 'demo/van-ban.html'),
      },
    },
  },
}));
