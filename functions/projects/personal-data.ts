import type { AppDeps } from '../platform/deps.ts';
import type { PersonalDataPart } from '../platform/personal-data-part.ts';
import { inBatch } from '../platform/work.ts';
import { projectPageChanged, projectShownChanged } from './public-paths.ts';
import type { MemberRecord, ProjectRecord } from './schema.ts';
import { refreshSearchEntry } from './search-index.ts';
import {
  archiveWithLastMember,
  deleteJoinRequest,
  deletePost,
  detachPostFromAuthor,
  dropMember,
  followsOf,
  getProject,
  handOverStewardship,
  joinRequestsOf,
  listMembers,
  listMembershipsOf,
  postsOf,
  removeFollower,
} from './store.ts';

/**
 * Leaves a project on erasure: when the person was its last steward, the longest-standing member
 * becomes steward; when nobody is left, the project is archived.
 */
const leaveOnErasure = async (deps: AppDeps, { slug, userId }: MemberRecord, now: string) => {
  const members = await listMembers(deps, slug);
  // The project's own member item, not its (eventually consistent) copy in the person's index.
  const leaving = members.find((m) => m.userId === userId);
  const project = await getProject(deps, slug);
  if (!leaving || !project) return;
  // Their name leaves the members (and the project may be archived): the page and the lists.
  await projectShownChanged(deps, slug);
  const others = members.filter((m) => m.userId !== userId).sort((a, b) => a.joinedAt.localeCompare(b.joinedAt));
  const lastSteward = leaving.role === 'steward' && !others.some((m) => m.role === 'steward');
  const heir = lastSteward ? others[0] : undefined;
  if (heir) {
    await handOverStewardship(deps, {
      leaving,
      heir,
      log: { at: now, actorName: heir.attributionName, action: 'stewardship-handed-over' },
    });
  } else if (others.length === 0) {
    const archived: ProjectRecord = {
      ...project,
      status: 'archived',
      memberCount: 0,
      stewardCount: 0,
      revision: project.revision + 1,
      updatedAt: now,
    };
    await archiveWithLastMember(deps, {
      leaving,
      archived,
      log: { at: now, actorName: 'Communs', action: 'archived' },
    });
    await refreshSearchEntry(deps, archived);
  } else {
    await dropMember(deps, leaving);
  }
};

/**
 * Projects' share of a person's data: memberships, join requests, journal posts and follows.
 * On erasure they leave every project (stewardship handed over, or the project archived), their
 * requests and follows go, and their posts follow their contributions choice.
 */
export const projectsPersonalData: PersonalDataPart = {
  name: 'projects',
  export: async (deps, user) => {
    const [memberships, joinRequests, posts, follows] = await Promise.all([
      listMembershipsOf(deps, user.id),
      joinRequestsOf(deps, user.id),
      postsOf(deps, user.id),
      followsOf(deps, user.id),
    ]);
    return {
      memberships,
      joinRequests,
      journalPosts: posts.map(({ bodyHtml, card, ...post }) => post),
      follows: follows.map(({ unsubscribeToken, ...follow }) => follow),
    };
  },
  erase: async (deps, { user, contributions, limit }) => {
    const now = deps.clock.now().toISOString();
    // Each item handled here leaves the person's listings, so these lists are what remains.
    const [memberships, requests, follows, posts] = await Promise.all([
      listMembershipsOf(deps, user.id),
      joinRequestsOf(deps, user.id),
      followsOf(deps, user.id),
      postsOf(deps, user.id),
    ]);
    return inBatch(
      [
        ...memberships.map((membership) => () => leaveOnErasure(deps, membership, now)),
        ...requests.map((request) => () => deleteJoinRequest(deps, request)),
        ...follows.map((follow) => () => removeFollower(deps, follow)),
        ...posts.map((post) => async () => {
          if (contributions === 'withdraw') await deletePost(deps, post);
          else await detachPostFromAuthor(deps, post, contributions === 'keep-anonymous');
          await projectPageChanged(deps, post.slug);
        }),
      ],
      limit,
    );
  },
};
