import { defineConfig } from 'astro/config';

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
  vite: {
    // Never inline assets: above all, never inline scripts, which the CSP (`script-src 'self'`) would block.
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
