import { z } from '@hono/zod-openapi';
import { LICENCE_IDS } from './licences.ts';

export const LicenceIdSchema = z.enum(LICENCE_IDS).openapi('LicenceId', { example: 'CC-BY-SA-4.0' });

export const LicenceSchema = z
  .object({
    id: LicenceIdSchema,
    shortName: z.string(),
    deedUrl: z.url(),
    attribution: z.boolean(),
    shareAlike: z.boolean(),
    nonCommercial: z.boolean(),
    noDerivatives: z.boolean(),
  })
  .openapi('Licence');
