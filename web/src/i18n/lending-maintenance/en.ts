import type { Translation } from '../translation.ts';
import type { lendingMaintenanceFr } from './fr.ts';

/** The English strings of the desk's maintenance page (see fr.ts). */
export const lendingMaintenanceEn: Translation<typeof lendingMaintenanceFr> = {
  'lendingMaintenance.meta.title': 'Equipment maintenance',
  'lendingMaintenance.meta.description':
    'A lending point’s maintenance tickets: open a ticket for a unit and follow it until it is back in service.',
  'lendingMaintenance.title': 'Equipment maintenance',
  'lendingMaintenance.intro':
    'A unit in maintenance is not lent: its reservations move to another free unit, or are cancelled and their borrowers told by e-mail with other dates.',
  'lendingMaintenance.loading': 'Loading…',
  'lendingMaintenance.error': 'The maintenance tickets could not be loaded.',
  'lendingMaintenance.signedOut': 'Sign in to follow the maintenance of your lending points.',
  'lendingMaintenance.forbidden': 'This page is for lending point staff and administrators.',
  'lendingMaintenance.noPoint': 'You do not work at any lending point.',
  'lendingMaintenance.point.label': 'Lending point',
  'lendingMaintenance.open.legend': 'Open a maintenance ticket',
  'lendingMaintenance.field.assetTag.label': 'Asset tag',
  'lendingMaintenance.field.assetTag.hint': 'Scan the label or type the tag (for example AUD-0007).',
  'lendingMaintenance.field.assetTag.error': 'Give an asset tag: letters, digits and hyphens.',
  'lendingMaintenance.field.assetTag.unknown': 'No unit has the tag {tag}.',
  'lendingMaintenance.field.assetTag.elsewhere': '{tag} belongs to {unitPoint}, not to {point}.',
  'lendingMaintenance.field.assetTag.busy': '{tag} is not in service: a ticket may already be open.',
  'lendingMaintenance.field.reason.label': 'What is wrong',
  'lendingMaintenance.field.reason.error': 'Describe the problem.',
  'lendingMaintenance.field.days.label': 'Days blocked from today',
  'lendingMaintenance.field.days.hint': 'From 1 to 62 days. The ticket can be closed sooner.',
  'lendingMaintenance.field.days.error': 'A number of days from 1 to 62.',
  'lendingMaintenance.open.submit': 'Open the ticket',
  'lendingMaintenance.opened':
    'Ticket opened for {tag}. Reservations moved to another unit: {moved}; cancelled (people told): {cancelled}.',
  'lendingMaintenance.list.title': 'Current tickets',
  'lendingMaintenance.list.caption': 'Open and in-repair tickets of {point}',
  'lendingMaintenance.list.empty': 'No current ticket at this point.',
  'lendingMaintenance.col.tag': 'Asset tag',
  'lendingMaintenance.col.model': 'Model',
  'lendingMaintenance.col.status': 'Status',
  'lendingMaintenance.col.reason': 'Problem',
  'lendingMaintenance.col.period': 'Days blocked',
  'lendingMaintenance.col.actions': 'Next',
  'lendingMaintenance.period': '{from} to {to}',
  'lendingMaintenance.status.open': 'Open',
  'lendingMaintenance.status.in-repair': 'In repair',
  'lendingMaintenance.status.back-in-service': 'Back in service',
  'lendingMaintenance.status.retired': 'Retired',
  'lendingMaintenance.fromReturn': 'From a loan’s return',
  'lendingMaintenance.action.in-repair': 'In repair: {tag}',
  'lendingMaintenance.action.back-in-service': 'Back in service: {tag}',
  'lendingMaintenance.action.retired': 'Retire from lending: {tag}',
  'lendingMaintenance.changed.in-repair': '{tag} is in repair.',
  'lendingMaintenance.changed.back-in-service':
    '{tag} is back in service: its days are free and offered to the waiting list.',
  'lendingMaintenance.changed.retired':
    '{tag} is retired from lending. Reservations moved: {moved}; cancelled (people told): {cancelled}.',
  'lendingMaintenance.stale': 'This ticket changed meanwhile: the list is up to date, try again if needed.',
  'lendingMaintenance.forbiddenAct': 'This lending point is not one of yours.',
};
