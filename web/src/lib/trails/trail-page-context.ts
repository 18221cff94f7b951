/** What the parts of the trail page share, as the page's island hands it to them. */
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../ui/strings.ts';

export interface TrailPageContext {
  /** The page's island root (`[data-trail-page]`). */
  root: HTMLElement;
  s: Translate;
  locale: Locale;
  /** A part of the page that must be there. */
  q<T extends HTMLElement = HTMLElement>(selector: string): T;
}

/** The anchor of a stop in the list, which the map's markers link to. */
export const stopAnchor = (index: number) => `stop-${index + 1}`;
