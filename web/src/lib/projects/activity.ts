/** A line of the project's activity log, in the page's language. */
import type { MessageKey } from '../../i18n/index.ts';
import { element, timeElement } from '../ui/dom.ts';
import type { Translate } from '../ui/strings.ts';
import type { ActivityEntry } from './types.ts';

/** The name the API gives the city when an administrator acts (see functions/projects/moderate-project.ts). */
const CITY_ACTOR = 'La Ville / The city';

const FIELD_NAMES = new Set([
  'title',
  'summary',
  'description',
  'neighbourhood',
  'tags',
  'place',
  'coverMediaId',
  'defaultLicence',
  'status',
  'joinMode',
  'visibility',
]);

/** "title, place" (the API's field names) → "titre, lieu". */
const fieldList = (detail: string | undefined, s: Translate) =>
  (detail ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => (FIELD_NAMES.has(name) ? s(`projects.fields.${name}` as MessageKey) : name))
    .join(', ');

export const activitySentence = (entry: ActivityEntry, s: Translate): string => {
  const actor = entry.actorName === CITY_ACTOR ? s('projects.activity.city') : entry.actorName;
  const detail = entry.detail ?? '';
  switch (entry.action) {
    case 'created':
    case 'joined':
    case 'requested':
    case 'invited':
    case 'left':
    case 'posted':
    case 'restored':
    case 'featured':
    case 'archived':
      return s(`projects.activity.${entry.action}`, { actor });
    // The refused person is not named: a public log need not tell who was turned down.
    case 'refused':
      return s('projects.activity.refused', { actor });
    case 'edited':
      return s('projects.activity.edited', { actor, fields: fieldList(entry.detail, s) });
    case 'accepted':
    case 'removed':
      return s(`projects.activity.${entry.action}`, { actor, name: detail });
    case 'role-changed': {
      // The API writes "<name>: <role>".
      const at = detail.lastIndexOf(': ');
      const name = at >= 0 ? detail.slice(0, at) : detail;
      const role = at >= 0 ? detail.slice(at + 2) : '';
      return s(role === 'steward' ? 'projects.activity.roleSteward' : 'projects.activity.roleMember', { actor, name });
    }
    case 'media-attached':
      return s('projects.activity.mediaAttached', { actor, title: detail });
    // The reason stays out of the public log: it may name people; the stewards see it in the page's banner.
    case 'hidden':
      return s('projects.activity.hidden', { actor });
    case 'stewardship-handed-over':
      return s('projects.activity.stewardshipHandedOver', { actor });
    default:
      return s('projects.activity.other', { actor, action: entry.action });
  }
};

export const activityItem = (entry: ActivityEntry, s: Translate): HTMLElement =>
  element(
    'li',
    'activity__item',
    timeElement(entry.at, { dateStyle: 'medium', timeStyle: 'short' }),
    ' ',
    element('span', undefined, activitySentence(entry, s)),
  );
