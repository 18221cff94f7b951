/**
 * The holders of a module on its instructors' page: one row per person, their state in words,
 * and what an instructor may do (revoke a valid one, grant again a revoked or expired one).
 * Nobody acts on their own row. Below, the latest act on each person, newest first.
 */
import { element, hiddenText } from '../ui/dom.ts';
import { formatDate } from '../ui/format.ts';
import { pageLocale, type Translate } from '../ui/strings.ts';
import type { Holders } from './types.ts';

export type Holder = Holders['holders'][number];
export type Decision = 'grant' | 'revoke';

export const holderName = (s: Translate, holder: Pick<Holder, 'displayName'>) =>
  holder.displayName ?? s('trainingStaff.holders.unnamed');

const stateText = (s: Translate, { status, certification }: Holder): string => {
  const locale = pageLocale();
  const how = s(`trainingStaff.holders.how.${certification.how}`);
  switch (status.state) {
    case 'certified':
      return `${s('trainingStaff.holders.validUntil', { date: formatDate(locale, status.validUntil) })} (${how})`;
    case 'expired':
      return s('trainingStaff.holders.expired', { date: formatDate(locale, status.validUntil) });
    case 'revoked':
      return s('trainingStaff.holders.revoked', { reason: status.reason });
    case 'renew':
      return s('trainingStaff.holders.renew', { version: certification.moduleVersion });
    default:
      return how;
  }
};

/** What an instructor may do for this holder now. */
export const decisionFor = (holder: Holder): Decision =>
  holder.status.state === 'certified' || holder.status.state === 'renew' ? 'revoke' : 'grant';

export const holderRows = (s: Translate, holders: Holder[], me: string, decide: (holder: Holder) => void) =>
  holders.map((holder) => {
    const name = holderName(s, holder);
    const actions = element('td');
    if (holder.userId === me) actions.append(s('trainingStaff.holders.self'));
    else {
      const decision = decisionFor(holder);
      const button = element(
        'button',
        {
          class: `button button--small ${decision === 'revoke' ? 'button--danger' : 'button--secondary'}`,
          type: 'button',
          'data-holder': holder.userId,
        },
        s(`trainingStaff.holders.${decision}`),
        ' ',
        hiddenText(name),
      );
      button.addEventListener('click', () => decide(holder));
      actions.append(button);
    }
    return element(
      'tr',
      undefined,
      element('th', { scope: 'row' }, name),
      element('td', undefined, stateText(s, holder)),
      actions,
    );
  });

/** The latest act on each holder, newest first (the certification record keeps only the last). */
export const latestActs = (s: Translate, holders: Holder[]) => {
  const locale = pageLocale();
  return holders
    .map((holder) => {
      const { certification } = holder;
      const person = holderName(s, holder);
      if (certification.revoked && certification.revokedAt) {
        const reason = certification.revokedReason
          ? ` ${s('trainingStaff.audit.reason', { reason: certification.revokedReason })}`
          : '';
        return {
          at: certification.revokedAt,
          text: `${s('trainingStaff.audit.revoked', { date: formatDate(locale, certification.revokedAt), person })}${reason}`,
        };
      }
      const date = formatDate(locale, certification.earnedAt);
      const text =
        certification.how === 'granted'
          ? s('trainingStaff.audit.granted', { date, person })
          : s('trainingStaff.audit.earned', { date, person, how: s(`trainingStaff.holders.how.${certification.how}`) });
      return { at: certification.earnedAt, text };
    })
    .toSorted((a, b) => b.at.localeCompare(a.at))
    .map(({ text }) => element('li', undefined, text));
};
