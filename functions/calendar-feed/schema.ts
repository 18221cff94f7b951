import { z } from '@hono/zod-openapi';
import { TOKEN_PATTERN } from './feed-address.ts';

/** The calendar feed's API contract. */

export const FeedViewSchema = z
  .object({
    active: z.boolean(),
    createdAt: z.string().optional().openapi({ example: '2026-11-24T09:00:00.000Z' }),
    language: z.enum(['fr', 'en']).optional(),
  })
  .openapi('CalendarFeed');

export const NewFeedSchema = FeedViewSchema.extend({
  url: z.url().openapi({ description: 'The private address, answered this once (only its hash is kept)' }),
  replaced: z.boolean().openapi({ description: 'An earlier address was revoked by this one' }),
}).openapi('NewCalendarFeed');

export const CreateFeedSchema = z.strictObject({
  language: z.enum(['fr', 'en']).openapi({ description: 'The language of the events’ titles and notes' }),
});

/** `<token>.ics`: one path segment (the router matches no text after a parameter). */
export const FeedFileParamSchema = z.object({
  file: z
    .string()
    .refine((file) => file.endsWith('.ics') && TOKEN_PATTERN.test(file.slice(0, -4)), {
      message: 'Expected <token>.ics',
    })
    .openapi({ param: { name: 'file', in: 'path' }, example: `${'A'.repeat(43)}.ics` }),
});
