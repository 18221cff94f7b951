import type { PersonalDataPart } from '../accounts/personal-data.ts';
import type { AppDeps } from '../platform/deps.ts';
import { hashToken as hashOf } from '../platform/tokens.ts';
import { activityEntry } from './activity.ts';
import type { PostRecord } from './post-to-journal.ts';
import type { MemberRecord, ProjectRecord } from './schema.ts';
import { refreshSearchEntry } from './search-index.ts';
import {
  countMembers,
  getProject,
  listOfPerson,
  memberItem,
  projectItem,
  projectKeys,
  queryCollection,
  transact,
} from './store.ts';

const strip = ({ pk, sk, ownerPk, ownerSk, kindPk, kindSk, lookupPk, lookupSk, ...rest }: Record<string, unknown>) =>
  rest;

/**
 * Leaves a project on erasure: when the person was its last steward, the longest-standing member
 * becomes steward; when nobody is left, the project is archived.
 */
const leaveOnErasure = async (deps: AppDeps, slug: string, userId: string, now: string) => {
  const members = (await queryCollection(deps, slug, 'P#MEMBER#', { oldestFirst: true }))
    .items as unknown as MemberRecord[];
  const leaving = members.find((m) => m.userId === userId);
  const project = await getProject(deps, slug);
  if (!leaving || !project) return;
  const others = members.filter((m) => m.userId !== userId).sort((a, b) => a.joinedAt.localeCompare(b.joinedAt));
  const lastSteward = leaving.role === 'steward' && !others.some((m) => m.role === 'steward');
  const heir = lastSteward ? others[0] : undefined;
  const remove = { Delete: { TableName: deps.tableName, Key: projectKeys.member(slug, userId) } };
  if (heir) {
    await transact(deps, [
      remove,
      { Put: { TableName: deps.tableName, Item: memberItem({ ...heir, role: 'steward' }) } },
      countMembers(deps.tableName, slug, { members: -1, stewards: 0 }),
      activityEntry(deps.tableName, slug, {
        at: now,
        actorName: heir.attributionName,
        action: 'stewardship-handed-over',
      }),
    ]);
  } else if (others.length === 0) {
    const archived: ProjectRecord = {
      ...project,
      status: 'archived',
      memberCount: 0,
      stewardCount: 0,
      revision: project.revision + 1,
      updatedAt: now,
    };
    await transact(deps, [
      remove,
      { Put: { TableName: deps.tableName, Item: projectItem(archived) } },
      activityEntry(deps.tableName, slug, { at: now, actorName: 'Communs', action: 'archived' }),
    ]);
    await refreshSearchEntry(deps, archived);
  } else {
    await transact(deps, [
      remove,
      countMembers(deps.tableName, slug, { members: -1, stewards: leaving.role === 'steward' ? -1 : 0 }),
    ]);
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
    const [memberships, requests, posts, follows] = await Promise.all(
      (['MEMBERSHIP', 'REQUEST', 'POST', 'FOLLOW'] as const).map((what) => listOfPerson(deps, user.id, what)),
    );
    return {
      memberships: memberships?.map(strip),
      joinRequests: requests?.map(strip),
      journalPosts: posts?.map(({ bodyHtml, card, ...post }) => strip(post)),
      follows: follows?.map(({ unsubscribeToken, ...follow }) => strip(follow)),
    };
  },
  erase: async (deps, { user, contributions }) => {
    const now = deps.clock.now().toISOString();
    for (const membership of await listOfPerson(deps, user.id, 'MEMBERSHIP')) {
      await leaveOnErasure(deps, String(membership.slug), user.id, now);
    }
    for (const request of await listOfPerson(deps, user.id, 'REQUEST')) {
      await transact(deps, [{ Delete: { TableName: deps.tableName, Key: { pk: request.pk, sk: request.sk } } }]);
    }
    for (const follow of await listOfPerson(deps, user.id, 'FOLLOW')) {
      await transact(deps, [
        { Delete: { TableName: deps.tableName, Key: { pk: follow.pk, sk: follow.sk } } },
        {
          Delete: { TableName: deps.tableName, Key: projectKeys.unsubscribe(hashOf(String(follow.unsubscribeToken))) },
        },
      ]);
    }
    for (const post of (await listOfPerson(deps, user.id, 'POST')) as unknown as (PostRecord & {
      pk: string;
      sk: string;
    })[]) {
      if (contributions === 'withdraw') {
        await transact(deps, [{ Delete: { TableName: deps.tableName, Key: { pk: post.pk, sk: post.sk } } }]);
      } else {
        const { ownerPk, ownerSk, ...kept } = post as unknown as Record<string, unknown>;
        await transact(deps, [
          { Put: { TableName: deps.tableName, Item: { ...kept, anonymous: contributions === 'keep-anonymous' } } },
        ]);
      }
    }
  },
};
