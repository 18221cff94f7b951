import type { z } from '@hono/zod-openapi';
import { LICENCES } from '../licences/licences.ts';
import { escapeHtml as escapeXml } from '../platform/escape-html.ts';
import type { TrailDetailSchema } from './schema.ts';

type TrailDetail = z.infer<typeof TrailDetailSchema>;

/** Where a trail lives on the portal, for exports read outside it. */
export interface ExportContext {
  /** The portal's public origin, e.g. https://communs.example.org */
  publicUrl: string;
}

const absolute = (publicUrl: string, path: string) => new URL(path, publicUrl).toString();
const trailPageUrl = (trail: TrailDetail, publicUrl: string) =>
  absolute(publicUrl, `/parcours/voir/?id=${encodeURIComponent(trail.id)}`);

/** One line saying whose work the trail is and under which licences, carried by every export. Pure. */
export const trailAttribution = (trail: TrailDetail): string => {
  const names = trail.credits.map((credit) => credit.attributionName);
  const licences = [...new Set(trail.credits.flatMap((credit) => credit.works.map((work) => work.licence)))];
  return `“${trail.title}” (${trail.projectTitle}), by ${names.join(', ') || trail.projectTitle}; media under ${
    licences.map((id) => LICENCES[id].shortName).join(', ') || 'their own licences'
  }.`;
};

/** GeoJSON (RFC 7946): stops as Points with their media and attributions, the route as a LineString. Pure. */
export const trailGeoJson = (trail: TrailDetail, { publicUrl }: ExportContext) => ({
  type: 'FeatureCollection' as const,
  // Foreign members (RFC 7946 §6.1): what the collection is and whose work it is.
  title: trail.title,
  attribution: trailAttribution(trail),
  source: trailPageUrl(trail, publicUrl),
  features: [
    ...trail.stops.map((stop, index) => ({
      type: 'Feature' as const,
      id: stop.id,
      geometry: { type: 'Point' as const, coordinates: [stop.lng, stop.lat] },
      properties: {
        kind: 'stop',
        order: index + 1,
        title: stop.title,
        text: stop.text,
        triggerRadiusMetres: stop.radius,
        media: stop.media.map((medium) => ({
          title: medium.title,
          family: medium.family,
          url: absolute(publicUrl, medium.url),
          contentType: medium.contentType,
          licence: medium.licence,
          licenceUrl: LICENCES[medium.licence].deedUrl,
          attribution: medium.attributionName,
          transcript: medium.transcript,
          captions: medium.captions.map((track) => ({ ...track, url: absolute(publicUrl, track.url) })),
        })),
      },
    })),
    ...(trail.route
      ? [
          {
            type: 'Feature' as const,
            id: 'route',
            geometry: trail.route,
            properties: {
              kind: 'route',
              title: trail.title,
              distanceMetres: trail.distanceMetres,
              walkingMinutes: trail.walkingMinutes,
            },
          },
        ]
      : []),
  ],
});

const element = (name: string, text: string | undefined) =>
  text === undefined || text === '' ? '' : `<${name}>${escapeXml(text)}</${name}>`;

/**
 * GPX 1.1 (validated against the official XSD in the tests): stops as waypoints, the route as a
 * track; element order follows the schema's sequences. Pure.
 */
export const trailGpx = (trail: TrailDetail, { publicUrl }: ExportContext): string => {
  const page = trailPageUrl(trail, publicUrl);
  const time = trail.publishedAt ?? trail.updatedAt;
  const waypoints = trail.stops.map((stop, index) => {
    const links = stop.media
      .map(
        (medium) =>
          `<link href="${escapeXml(absolute(publicUrl, medium.url))}">${element('text', medium.title)}</link>`,
      )
      .join('');
    const credit = stop.media
      .map((m) => `${m.title}: ${m.attributionName}, ${LICENCES[m.licence].shortName}`)
      .join('; ');
    return (
      `<wpt lat="${stop.lat}" lon="${stop.lng}">` +
      element('name', `${index + 1}. ${stop.title}`) +
      element('cmt', credit) +
      element('desc', stop.text) +
      links +
      element('type', 'stop') +
      '</wpt>'
    );
  });
  const points = (trail.route?.coordinates ?? []).map(([lng, lat]) => `<trkpt lat="${lat}" lon="${lng}"></trkpt>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="Communs" xmlns="http://www.topografix.com/GPX/1/1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd">',
    '<metadata>' +
      element('name', trail.title) +
      element('desc', trailAttribution(trail)) +
      `<author>${element('name', trail.projectTitle)}</author>` +
      `<link href="${escapeXml(page)}">${element('text', trail.title)}</link>` +
      element('time', time) +
      '</metadata>',
    ...waypoints,
    points.length > 0
      ? `<trk>${element('name', trail.title)}${element('desc', `${trail.distanceMetres} m`)}<trkseg>${points.join('')}</trkseg></trk>`
      : '',
    '</gpx>',
    '',
  ].join('\n');
};

/** The credits as a plain text file: every contributor, work and licence; the original's when forked. Pure. */
export const trailCreditsText = (trail: TrailDetail, { publicUrl }: ExportContext): string => {
  const lines = [
    trail.title,
    `${trail.projectTitle} — ${trailPageUrl(trail, publicUrl)}`,
    '',
    trailAttribution(trail),
    '',
  ];
  const block = (credits: TrailDetail['credits']) =>
    credits.flatMap((credit) => [
      credit.attributionName,
      ...credit.works.map(
        (work) =>
          `  - ${work.title} (${LICENCES[work.licence].shortName}, ${LICENCES[work.licence].deedUrl})${
            work.url ? ` ${absolute(publicUrl, work.url)}` : ''
          }`,
      ),
    ]);
  lines.push('Credits / Crédits', ...block(trail.credits));
  if (trail.forkedFrom) {
    lines.push(
      '',
      `Forked from / D’après « ${trail.forkedFrom.title} » — ${absolute(publicUrl, `/parcours/voir/?id=${trail.forkedFrom.id}`)}`,
      ...block(trail.forkedFrom.credits),
    );
  }
  return `${lines.join('\n')}\n`;
};
