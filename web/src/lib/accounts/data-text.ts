/**
 * The account pages' strings, rendered by the server as one `data-*` attribute each (the islands
 * hold no text of their own).
 */
import { fill, type MessageValues } from '../../i18n/fill.ts';

/** A string the server rendered as a `data-*` attribute. */
export const text = (element: HTMLElement, name: string, values?: MessageValues): string => {
  const template = element.dataset[name];
  if (template === undefined) throw new Error(`data-${name} is missing`);
  return fill(template, values);
};

/** `{count}` messages with a `.one`/`.other` pair of data attributes, e.g. data-minutes-one. */
export const plural = (element: HTMLElement, name: string, count: number): string => {
  const form = new Intl.PluralRules(document.documentElement.lang).select(count) === 'one' ? 'One' : 'Other';
  return text(element, `${name}${form}`, { count });
};
