import { z } from '@hono/zod-openapi';

/**
 * The portal's page that confirms an unsubscribe link (`web/src/i18n/routes.ts`, `unsubscribe`):
 * digests link there, and a mail client's List-Unsubscribe opens it. The tokens travel as
 * repeated `token` parameters (a digest may cover several projects). Only the page's POST acts.
 */
export const UNSUBSCRIBE_PAGE = { fr: '/projets/desabonnement/', en: '/en/projects/unsubscribe/' } as const;

const Token = z.string().min(20).max(100);

export const UnsubscribeRequestSchema = z
  .object({
    // A digest names one token per project it covers; 50 is more than anyone follows in a day's news.
    tokens: z.array(Token).min(1).max(50),
  })
  .openapi('UnsubscribeRequest');

export const UnsubscribedSchema = z
  .object({ slugs: z.array(z.string()).describe('The projects whose digest stopped (empty if the links were used)') })
  .openapi('Unsubscribed');
