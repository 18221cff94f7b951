/**
 * Cache-Control values. Public reads are cached briefly by browsers and longer by CloudFront
 * (`s-maxage`), with stale-while-revalidate so resident traffic rarely reaches the Lambda.
 */
export const PUBLIC_LIST_CACHE = 'public, max-age=30, s-maxage=60, stale-while-revalidate=300';
export const PUBLIC_DETAIL_CACHE = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';
export const PRIVATE_NO_STORE = 'private, no-store';
