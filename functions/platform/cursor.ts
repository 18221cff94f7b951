import { z } from 'zod';
import { AppError } from './errors.ts';

/**
 * Opaque pagination cursors: DynamoDB's LastEvaluatedKey as base64url JSON. Clients pass them
 * back untouched; a cursor that does not decode is a 400, not a 500.
 */
export type PageKey = Record<string, string | number>;

const PageKeySchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const encodeCursor = (key: PageKey | undefined): string | null =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;

export const decodeCursor = (cursor: string | undefined): PageKey | undefined => {
  if (!cursor) return undefined;
  try {
    return PageKeySchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new AppError('validation', 'The cursor is not one this API gave out.', {
      extensions: { errors: [{ in: 'query', path: 'cursor', message: 'Invalid cursor' }] },
    });
  }
};

/** `?cursor=&limit=` for every cursor-paginated list. */
export const PageQuerySchema = z.object({
  cursor: z.string().max(1024).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
