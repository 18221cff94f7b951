/**
 * The fairness section of a model's page (`views/lending-catalogue/ModelPage.astro`,
 * `[data-model-fairness]`): the waiting list's rules in plain words, from the model's own read
 * (`rules.waitingList`: how long a freed unit is held, whether first-time borrowers come first),
 * and where the month's outcome is published as open data.
 */

import { element, part } from '../ui/dom.ts';
import type { Translate } from '../ui/strings.ts';
import type { ModelDetail } from './catalogue-types.ts';
import { cityToday, monthOf } from './month.ts';

export const showFairness = (section: HTMLElement, model: Pick<ModelDetail, 'rules'>, s: Translate) => {
  const { holdHours, firstTimeBorrowersFirst } = model.rules.waitingList;
  part(section, '[data-fairness-rules]').replaceChildren(
    element('li', undefined, s('lendingWaitlist.fairness.waiting', { hours: holdHours })),
    element(
      'li',
      undefined,
      s(firstTimeBorrowersFirst ? 'lendingWaitlist.fairness.scarce' : 'lendingWaitlist.fairness.order'),
    ),
    element('li', undefined, s('lendingWaitlist.fairness.same')),
  );
  part<HTMLAnchorElement>(section, '[data-fairness-outcomes]').href =
    `/api/lending/outcomes?month=${monthOf(cityToday())}`;
};
