import { requireRole } from '../platform/auth.ts';
import { routeDeclarations } from '../platform/route-declarations.ts';
import { problem } from '../platform/router.ts';

/** What training's route files share: their tags, the guards and the answers several routes give. */
export const trainingRoute = routeDeclarations(['Training']);
export const trainingAdminRoute = routeDeclarations(['Training'], requireRole('admin'));
export const workshopRoute = routeDeclarations(['Training workshops']);

export const noModule = { 404: problem('No such module') };
export const noModuleOrPerson = { 404: problem('No such module or person') };
export const noSession = { 404: problem('No such session') };
export const notRegistered = { 404: problem('Not registered') };
