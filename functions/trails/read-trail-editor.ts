import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { getProject } from '../projects/public.ts';
import { toProposalView } from './proposals.ts';
import { missingOf } from './publish-trail.ts';
import { getTrailPage, listProposals } from './store.ts';
import { trailRoleOf } from './trail-access.ts';
import { toTrailDetail } from './trail-views.ts';

/** What the editor shows a signed-in person: the trail, what they may do, the checklist, and (stewards) proposals. */
export const readTrailEditor = async (deps: AppDeps, { viewer, trailId }: { viewer: Viewer; trailId: string }) => {
  const page = await getTrailPage(deps, trailId);
  const role = page ? await trailRoleOf(deps, page.trail, viewer) : undefined;
  if (!page || !role?.visible) throw new AppError('not-found', `There is no trail "${trailId}".`);
  const project = page.trail.stopOrder.length === 0 ? await getProject(deps, page.trail.projectSlug) : undefined;
  const proposals = role.steward ? await listProposals(deps, trailId) : [];
  return {
    trail: toTrailDetail(page),
    projectPlace: project?.place,
    version: page.trail.version,
    canEdit: role.steward,
    canContribute: role.contributor,
    missing: missingOf(page),
    proposals: proposals.sort((a, b) => a.proposedAt.localeCompare(b.proposedAt)).map(toProposalView),
  };
};
