import type { InferResponseType } from 'hono/client';
import type { api } from '../api.ts';

/** The account shapes as the API returns them, inferred from its routes (never copied by hand). */
export type AdminUser = InferResponseType<typeof api.api.admin.users.$get, 200>['items'][number];
export type ContributionChoice = 'keep-credited' | 'keep-anonymous' | 'withdraw';
