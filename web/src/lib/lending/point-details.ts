/**
 * A lending point's details as the list and its page show them: address, hours in words, closures
 * coming up, contact. Built with the DOM builder (text stays text).
 */
import type { Locale } from '../../i18n/locales.ts';
import { element } from '../ui/dom.ts';
import { fillNodes, type Translate } from '../ui/strings.ts';
import { closuresComingUp, hoursInWords } from './hours.ts';
import { cityToday } from './month.ts';
import type { LendingPoint } from './types.ts';

const list = (items: string[], empty: string) =>
  items.length === 0
    ? element('p', 'muted', empty)
    : element('ul', 'lending-lines', ...items.map((item) => element('li', undefined, item)));

/** Hours, closures coming up and contact, each under a heading of `level`. */
export const pointDetails = (point: LendingPoint, locale: Locale, s: Translate, level: 'h2' | 'h3' | 'h4') => {
  const nodes: Node[] = [
    element(level, 'lending-details__title', s('lendingPoints.hours.title')),
    list(hoursInWords(locale, s, point.hours), s('lendingPoints.hours.none')),
    element(level, 'lending-details__title', s('lendingPoints.closures.title')),
    list(closuresComingUp(locale, s, point.closures, cityToday()), s('lendingPoints.closures.none')),
  ];
  const contact: Node[] = [];
  if (point.contact.email) {
    const mail = element('a', undefined, point.contact.email);
    mail.href = `mailto:${point.contact.email}`;
    contact.push(element('li', undefined, ...fillNodes(s('lendingPoints.contact.email'), { email: mail })));
  }
  if (point.contact.phone)
    contact.push(element('li', undefined, s('lendingPoints.contact.phone', { phone: point.contact.phone })));
  if (contact.length > 0)
    nodes.push(
      element(level, 'lending-details__title', s('lendingPoints.contact.title')),
      element('ul', 'lending-lines', ...contact),
    );
  return element('div', 'lending-details', ...nodes);
};
