import type { Translation } from '../translation.ts';
import type { lendingWaitlistFr } from './fr.ts';

/** The English strings of the waiting list and the fairness rules (same keys as `fr.ts`). */
export const lendingWaitlistEn: Translation<typeof lendingWaitlistFr> = {
  'lendingWaitlist.mine.title': 'Waiting lists',
  'lendingWaitlist.mine.none': 'You are not waiting for anything.',
  'lendingWaitlist.mine.status.waiting': 'Waiting: you will get an e-mail if a unit comes free.',
  'lendingWaitlist.mine.status.offered': 'A unit is held for you until {until}.',
  'lendingWaitlist.mine.status.expired': 'The hold offered has ended: the unit went to the next person.',
  'lendingWaitlist.mine.claim': 'Reserve these days',
  'lendingWaitlist.mine.claimTerms':
    'I accept the loan terms: I return the equipment complete, in good order, on the day agreed.',
  'lendingWaitlist.mine.claimTermsError': 'Accept the loan terms to reserve.',
  'lendingWaitlist.mine.claimed': 'Reserved: {model}. You will get an e-mail with the dates.',
  'lendingWaitlist.mine.claimEnded': 'Too late: the hold offered has ended.',
  'lendingWaitlist.mine.leave': 'Leave the waiting list',
  'lendingWaitlist.mine.left': 'You left the waiting list: {model}.',
  'lendingWaitlist.join.offer': 'Those days are taken. You can wait for a unit to come free:',
  'lendingWaitlist.join.button': 'Join the waiting list for these days',
  'lendingWaitlist.join.done':
    'You are on the waiting list. If a unit comes free for these days, it will be held for you for 24 hours and you will get an e-mail.',
  'lendingWaitlist.join.already': 'You are already on the waiting list for these days.',
  'lendingWaitlist.join.free': 'A unit is free for these days: reserve it.',
  'lendingWaitlist.join.failed': 'Joining did not work. Try again in a moment.',
  'lendingWaitlist.fairness.title': 'Waiting list and fairness',
  'lendingWaitlist.fairness.waiting':
    'If no unit is free for your days, join the waiting list. When a unit comes free, the first person waiting for those days has it held for {hours} hours and gets an e-mail; unclaimed, it goes to the next.',
  'lendingWaitlist.fairness.order': 'First come, first served.',
  'lendingWaitlist.fairness.scarce':
    'This equipment is scarce: among the people waiting for the same days, those who have never borrowed come first.',
  'lendingWaitlist.fairness.same': 'The same limits apply to everyone, without exception.',
  'lendingWaitlist.fairness.openData': 'Each month’s outcome (requests, loans, units, first-time borrowers) is public:',
  'lendingWaitlist.fairness.openDataLink': 'the month’s figures (JSON)',
};
