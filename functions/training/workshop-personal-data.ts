import type { PersonalDataPart } from '../platform/personal-data-part.ts';
import { giveUpRegistration } from './registration-give-up.ts';
import { registrationsOf } from './store/registrations.ts';

/**
 * Workshop registrations, a person's part of training's data (`training-registrations`). The
 * export lists them; the erasure gives up those to come (their seats go to the waiting lists,
 * whose heads are e-mailed) and removes past ones.
 */
export const workshopPersonalData: PersonalDataPart = {
  name: 'training-registrations',
  export: async (deps, user) =>
    (await registrationsOf(deps, user.id)).map((registration) => ({
      sessionId: registration.sessionId,
      moduleId: registration.moduleId,
      startsAt: registration.startsAt,
      status: registration.status,
      registeredAt: registration.registeredAt,
      ...(registration.waitingSince ? { waitingSince: registration.waitingSince } : {}),
      ...(registration.attended !== undefined ? { attended: registration.attended } : {}),
    })),
  erase: async (deps, { user, limit }) => {
    // The person's list is an index: what it still shows that is already gone is skipped.
    const registrations = await registrationsOf(deps, user.id);
    for (const registration of registrations.slice(0, limit)) {
      await giveUpRegistration(deps, { sessionId: registration.sessionId, userId: user.id, startedToo: true });
    }
    return registrations.length > limit ? 'more' : 'done';
  },
};
