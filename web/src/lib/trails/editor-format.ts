/** How the editor writes distances, walking times and coordinates, in the page's language. */
import { lineLength, walkingMinutes } from '../../../../functions/trails/trail-geometry.ts';
import { plural, type Translate } from '../ui/strings.ts';

export { lineLength, walkingMinutes };

const lang = () => document.documentElement.lang || 'fr';

/** "450 m" or "1,2 km". */
export const distanceText = (metres: number): string =>
  metres < 1000
    ? new Intl.NumberFormat(lang(), { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(metres)
    : new Intl.NumberFormat(lang(), { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(
        metres / 1000,
      );

/** "1,2 km, about 16 minutes' walk". */
export const routeFacts = (s: Translate, metres: number, minutes = walkingMinutes(metres)): string =>
  s('trailEditor.route.facts', {
    distance: distanceText(metres),
    time: plural(s, 'trailEditor.route.minutes', minutes),
  });

/** A coordinate as the map gives it, to a tenth of a metre or so. */
export const roundCoordinate = (value: number) => Math.round(value * 1e6) / 1e6;

/** "latitude 48,38421 ; longitude -4,49536", in the page's digits. */
export const placeText = (s: Translate, lat: number, lng: number) => {
  const format = new Intl.NumberFormat(lang(), { maximumFractionDigits: 5 });
  return s('trailEditor.stops.place', { lat: format.format(lat), lng: format.format(lng) });
};
