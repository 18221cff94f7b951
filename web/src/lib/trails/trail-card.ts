/** A trail in a list (the browse page, the home page): a card whose title links to the trail. */

import { element } from '../ui/dom.ts';
import { languageList } from '../ui/format.ts';
import { trailHref } from '../ui/links.ts';
import { pageLocale, plural, type Translate } from '../ui/strings.ts';
import { formatDistance, formatWalkingTime } from './format.ts';
import type { TrailSummary } from './types.ts';

export const trailCard = (trail: TrailSummary, s: Translate): HTMLElement => {
  const locale = pageLocale();
  const card = element('li', 'card trail-card');
  if (trail.coverUrl) {
    const cover = element('img', 'trail-card__cover');
    cover.src = trail.coverUrl;
    cover.alt = '';
    cover.loading = 'lazy';
    cover.decoding = 'async';
    card.append(cover);
  }
  const link = element('a', undefined, trail.title);
  link.href = trailHref(locale, trail.id);
  card.append(element('h3', undefined, link));
  if (trail.featured) card.append(element('p', 'badge badge--featured', s('trails.featured')));
  if (trail.area) card.append(element('p', 'card__meta', s('trails.area', { name: trail.area })));
  const meta = [plural(s, 'trails.stops', trail.stopCount)];
  if (trail.languages.length > 0) meta.push(s('trails.languages', { list: languageList(locale, trail.languages) }));
  card.append(element('p', 'card__meta', meta.join(' · ')));
  if (trail.distanceMetres > 0) {
    card.append(
      element(
        'p',
        'trail-card__walk',
        s('trails.card.walk', {
          distance: formatDistance(locale, trail.distanceMetres),
          time: formatWalkingTime(locale, trail.walkingMinutes),
        }),
      ),
    );
  }
  return card;
};
