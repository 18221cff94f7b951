import { defineFeature, mount } from '../platform/feature.ts';
import { adminUserRoutes } from './admin-users-routes.ts';
import { authRoutes } from './auth-routes.ts';
import { meRoutes } from './me-routes.ts';

/** Accounts: sign-in, the signed-in person's own data (`/me` walks every feature's part), admins. */
export const accountsFeature = defineFeature({
  name: 'accounts',
  routes: [
    mount('/auth', authRoutes),
    mount('/me', (deps, { personalData }) => meRoutes(deps, personalData)),
    mount('/admin/users', adminUserRoutes),
  ],
});
