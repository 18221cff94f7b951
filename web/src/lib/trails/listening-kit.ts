/**
 * The trail page's "borrow a listening kit at …" (`[data-listening-kit]`): when a lending point
 * holding listening players lies near the trail's first stop (`listening-kits-near.ts`), the
 * section names each such kit and point with today's availability. Built only from public reads
 * the edge caches: the points, the catalogue, and one day of each kit's availability at its
 * point. Any failure leaves the section hidden: the trail matters more than the kit.
 */
import { routes } from '../../i18n/routes.ts';
import { element, part } from '../ui/dom.ts';
import { requestTimeout } from '../ui/fetch.ts';
import { lendingPointHref } from '../ui/links.ts';
import { fillNodes, plural } from '../ui/strings.ts';
import { type ListedModel, type ListedPoint, listeningKitsNear, type NearbyKit } from './listening-kits-near.ts';
import type { TrailPageContext } from './trail-page-context.ts';
import type { TrailDetail } from './types.ts';

/** The city's today (the lending days are the city's calendar days). */
const cityToday = (): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: import.meta.env.PUBLIC_TIME_ZONE || 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

const readJson = async <T>(path: string): Promise<T> => {
  const response = await fetch(path, { signal: requestTimeout() });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return (await response.json()) as T;
};

interface DayAvailability {
  days: { day: string; open: boolean; free: number }[];
}

/** Today's line of a kit: free units, closed, or unknown when the read failed. */
const todayText = async ({ model, point }: NearbyKit, context: TrailPageContext): Promise<string> => {
  const { s } = context;
  const today = cityToday();
  const query = new URLSearchParams({ point: point.id, from: today, to: today });
  try {
    const { days } = await readJson<DayAvailability>(`/api/lending/models/${model.id}/availability?${query}`);
    const day = days.find((d) => d.day === today);
    if (!day) return s('lendingUnits.kit.unknown');
    if (!day.open) return s('lendingUnits.kit.closed');
    return day.free === 0 ? s('lendingUnits.kit.free.zero') : plural(s, 'lendingUnits.kit.free', day.free);
  } catch (error) {
    console.warn('A listening kit’s availability could not be read:', error);
    return s('lendingUnits.kit.unknown');
  }
};

export const showListeningKits = async (context: TrailPageContext, trail: TrailDetail): Promise<void> => {
  const { s, locale, q } = context;
  const first = trail.stops[0];
  if (!first) return;
  try {
    const [{ items: points }, { models }] = await Promise.all([
      readJson<{ items: ListedPoint[] }>('/api/lending/points'),
      readJson<{ models: ListedModel[] }>('/api/lending/models'),
    ]);
    const kits = listeningKitsNear(first, points, models);
    if (kits.length === 0) return;
    const availability = await Promise.all(kits.map((kit) => todayText(kit, context)));
    const section = q('[data-listening-kit]');
    part(section, '[data-listening-kits]').replaceChildren(
      ...kits.map((kit, index) =>
        element(
          'li',
          { 'data-kit': `${kit.model.id}@${kit.point.id}` },
          ...fillNodes(s('lendingUnits.kit.at'), {
            model: element(
              'a',
              { href: `${routes.lendingModel[locale]}?${new URLSearchParams({ id: kit.model.id })}` },
              kit.model.name,
            ),
            point: element('a', { href: lendingPointHref(locale, kit.point.id) }, kit.point.name),
            distance: String(kit.distance),
          }),
          ' — ',
          element('strong', { 'data-kit-today': '' }, availability[index] ?? ''),
        ),
      ),
    );
    section.hidden = false;
  } catch (error) {
    console.warn('The listening kits near the trail could not be shown:', error);
  }
};
