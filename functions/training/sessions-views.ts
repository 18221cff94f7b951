import type { AppDeps } from '../platform/deps.ts';
import { invalidatePublicPaths } from '../platform/edge-cache.ts';
import { findModule } from './catalogue.ts';
import type { SessionRecord, SessionView } from './sessions-schema.ts';

/** A session as the API shows it: with its module's title and the seats left. */
export const sessionView = (session: SessionRecord): SessionView => {
  const title = findModule(session.moduleId)?.manifest.title ?? { fr: session.moduleId, en: session.moduleId };
  return {
    id: session.id,
    moduleId: session.moduleId,
    moduleTitle: { fr: title.fr, en: title.en },
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    place: session.place,
    seats: session.seats,
    seatsLeft: Math.max(0, session.seats - session.taken),
    waiting: session.waiting,
    language: session.language,
    deadline: session.deadline,
    ...(session.minimum !== undefined ? { minimum: session.minimum } : {}),
    status: session.status,
    ...(session.cancelMessage ? { cancelMessage: session.cancelMessage } : {}),
  };
};

/** The public reads of sessions (`workshop-routes.ts`, mounted at `/api/training`), as the edge caches them. */
const BASE = '/api/training/sessions';

/**
 * What residents see of a session changed (scheduled, edited, cancelled): its page and the list.
 * The seats left change with every registration and are not invalidated for each: the public
 * answers keep them a minute at most, and the registration itself is decided by the write.
 */
export const sessionShownChanged = (deps: Pick<AppDeps, 'edgeCache'>, sessionId: string) =>
  invalidatePublicPaths(deps, [BASE, `${BASE}?*`, `${BASE}/${sessionId}`]);
