import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { DEFAULT_TILE_URL } from '../infra/security-headers.ts';

// The map tiles the islands load; the CSP's img-src is built from the same value (security-headers.ts).
process.env.PUBLIC_TILE_URL ||= DEFAULT_TILE_URL;

// The city's name, printed on equipment labels (lib/lending/labels-page.ts); the demo city's by default.
process.env.PUBLIC_CITY_NAME ||= 'Brest';

// The training modules the pages are built from (`content.config.ts`, the media and source
// archives): named here because the bundled pages cannot find the folder from their own address.
process.env.TRAINING_CONTENT_DIR ||= fileURLToPath(new URL('../content/training', import.meta.url));

/** `astro dev` forwards the API and media to a running local stack (`npm start`, port 4321 by default). */
const localStack = process.env.COMMUNS_LOCAL_STACK_URL || 'http://127.0.0.1:4321';

/**
 * The public site: a static build served by CloudFront (and by the local server), on the same
 * origin as `/api/*` and `/media/*`.
 *
 * `site` is the deployed origin (e.g. https://communs.example-city.fr); when it is set, hreflang
 * alternates and canonical links are absolute, as search engines prefer.
 */
export default defineConfig({
  site: process.env.COMMUNS_SITE_URL || undefined,
  output: 'static',
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // The CSP allows inline styles, but external files are cached across pages.
    inlineStylesheets: 'never',
  },
  i18n: {
    defaultLocale: 'fr',
    locales: ['fr', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  // The local stack already listens on 4321.
  server: { port: 4322 },
  vite: {
    // Never inline assets: above all, never inline scripts, which the CSP (`script-src 'self'`) would block.
    build: { assetsInlineLimit: 0 },
    server: { proxy: { '/api': localStack, '/media': localStack } },
  },
  devToolbar: { enabled: false },
});
