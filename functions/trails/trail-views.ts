import type { z } from '@hono/zod-openapi';
import type { MediaCard } from '../media/public.ts';
import type { CreditSchema, StopMediaRecord, StopSchema, TrailDetailSchema, TrailSummary } from './schema.ts';
import type { TrailPage, TrailSummaryRecord } from './store.ts';
import { trailRoute } from './trail-geometry.ts';

type Credit = z.infer<typeof CreditSchema>;

/** The ready media of each stop, in the order they were added. Pure. */
export const mediaByStop = (media: readonly StopMediaRecord[]): Map<string, StopMediaRecord[]> => {
  const byStop = new Map<string, StopMediaRecord[]>();
  for (const use of [...media].sort((a, b) => a.addedAt.localeCompare(b.addedAt))) {
    if (use.mediaHidden) continue;
    byStop.set(use.stopId, [...(byStop.get(use.stopId) ?? []), use]);
  }
  return byStop;
};

/** Every contributor of these media with what they gave and under which licence. Pure. */
export const creditsOf = (
  cards: readonly (Pick<MediaCard, 'attributionName' | 'title' | 'licence'> & {
    url?: string;
    contributorId?: string;
  })[],
): Credit[] => {
  const byName = new Map<string, Credit>();
  for (const card of cards) {
    const credit = byName.get(card.attributionName) ?? { attributionName: card.attributionName, works: [] };
    credit.contributorId ??= card.contributorId;
    if (!credit.works.some((work) => work.title === card.title && work.url === card.url))
      credit.works.push({ title: card.title, licence: card.licence, url: card.url });
    byName.set(card.attributionName, credit);
  }
  return [...byName.values()].sort((a, b) => a.attributionName.localeCompare(b.attributionName, 'fr'));
};

/** The trail as residents see it. Pure. */
export const toTrailDetail = ({ trail, stops, media }: TrailPage): z.infer<typeof TrailDetailSchema> => {
  const ready = mediaByStop(media);
  const stopViews: z.infer<typeof StopSchema>[] = stops.map((stop) => ({
    id: stop.id,
    title: stop.title,
    text: stop.text,
    lat: stop.lat,
    lng: stop.lng,
    radius: stop.radius,
    contributorName: stop.contributorName,
    media: (ready.get(stop.id) ?? []).map(({ card }) => card),
  }));
  const played = stops.flatMap((stop) => ready.get(stop.id) ?? []);
  return {
    id: trail.id,
    projectSlug: trail.projectSlug,
    projectTitle: trail.projectTitle,
    title: trail.title,
    description: trail.description,
    descriptionHtml: trail.descriptionHtml,
    languages: trail.languages,
    area: trail.area,
    coverUrl: trail.coverUrl,
    status: trail.status,
    contributionMode: trail.contributionMode,
    moderationMode: trail.moderationMode,
    licencePolicy: trail.licencePolicy,
    featured: trail.featured,
    stops: stopViews,
    ...trailRoute(trail.drawnRoute, stops),
    credits: creditsOf(played.map(({ card }) => card)),
    forkedFrom: trail.forkedFrom,
    hidden: trail.hidden,
    downloadBytes: played.reduce((total, use) => total + (use.size ?? 0), 0),
    publishedAt: trail.publishedAt,
    updatedAt: trail.updatedAt,
  };
};

/** A trail in lists and on the map. Pure. */
export const toTrailSummary = (trail: TrailSummaryRecord): TrailSummary => ({
  id: trail.id,
  title: trail.title,
  projectSlug: trail.projectSlug,
  area: trail.area,
  languages: trail.languages,
  stopCount: trail.stopCount ?? 0,
  start: trail.start,
  distanceMetres: trail.distanceMetres ?? 0,
  walkingMinutes: trail.walkingMinutes ?? 0,
  coverUrl: trail.coverUrl,
  featured: Boolean(trail.featured),
  status: trail.status,
});
