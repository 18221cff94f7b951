/**
 * The model page's "What it recorded": the published media recorded with the model, from media's
 * public read (one cacheable request), as a count and a list of links to each medium's page.
 */

import { api } from '../api.ts';
import { element, part } from '../ui/dom.ts';
import { mediaViewHref } from '../ui/links.ts';
import { pageLocale, plural, type Translate } from '../ui/strings.ts';

export const showMadeWith = async (section: HTMLElement, modelId: string, s: Translate) => {
  const locale = pageLocale();
  const status = part(section, '[data-model-made-status]');
  const list = part(section, '[data-model-made-list]');
  try {
    const response = await api.api.media['recorded-with'][':modelId'].$get({ param: { modelId } });
    if (!response.ok) throw new Error(`The media made with it answered ${response.status}`);
    const { count, complete, media } = await response.json();
    status.textContent =
      count === 0
        ? s('lendingCatalogue.model.made.zero')
        : [
            plural(s, 'lendingCatalogue.model.made', count),
            complete ? '' : s('lendingCatalogue.model.made.more', { count: media.length }),
          ]
            .filter(Boolean)
            .join(' ');
    list.replaceChildren(
      ...media.map((medium) =>
        element(
          'li',
          undefined,
          element(
            'a',
            { href: mediaViewHref(locale, medium.id) },
            s('lendingCatalogue.model.made.item', {
              title: medium.title,
              credit:
                medium.attributionName === 'anonymous' && !medium.contributorId
                  ? s('lendingCatalogue.model.made.anonymous')
                  : medium.attributionName,
            }),
          ),
        ),
      ),
    );
    list.hidden = media.length === 0;
  } catch (error) {
    console.warn('The media made with this model could not be loaded:', error);
    status.textContent = s('lendingCatalogue.model.made.error');
  }
};
