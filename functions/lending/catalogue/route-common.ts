import { requireRole } from '../../platform/auth.ts';
import { routeDeclarations } from '../../platform/route-declarations.ts';
import { problem } from '../../platform/router.ts';

/** What the catalogue's route files share: their tag, the guards and the answers several routes give. */
export const catalogueRoute = routeDeclarations(['Lending catalogue']);
/** Staff (at their points: the use cases check which) and admins (everywhere). */
export const catalogueStaffRoute = routeDeclarations(['Lending catalogue'], requireRole('staff', 'admin'));

export const noModel = { 404: problem('No such model') };
export const noUnit = { 404: problem('No such model or unit') };
