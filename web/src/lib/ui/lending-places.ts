/**
 * The lending points as places for a map (the projects' and trails' maps, hence in the kit): read
 * from the public list (cached at the edge), each a link to the point's page named "Lending point:
 * …". A failure leaves them out: the map's own markers matter more than these.
 */
import type { Locale } from '../../i18n/locales.ts';
import { requestTimeout } from './fetch.ts';
import type { PointPlace } from './lending-markers.ts';
import { lendingPointHref } from './links.ts';

/** What a map needs of a lending point (the public list, `GET /api/lending/points`). */
interface ListedPoint {
  id: string;
  name: string;
  lat: number;
  lng: number;
}

export const lendingPlaces = async (locale: Locale, nameOf: (name: string) => string): Promise<PointPlace[]> => {
  try {
    const response = await fetch('/api/lending/points', { signal: requestTimeout() });
    if (!response.ok) throw new Error(`GET /api/lending/points answered ${response.status}`);
    const { items } = (await response.json()) as { items: ListedPoint[] };
    return items.map((point) => ({
      lat: point.lat,
      lng: point.lng,
      href: lendingPointHref(locale, point.id),
      name: nameOf(point.name),
    }));
  } catch (error) {
    console.warn('The lending points could not be shown on the map:', error);
    return [];
  }
};
