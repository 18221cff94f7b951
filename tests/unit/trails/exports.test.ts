import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { TrailDetailSchema } from '../../../functions/trails/schema.ts';
import { trailCreditsText, trailGeoJson, trailGpx } from '../../../functions/trails/trail-exports.ts';

const GPX_XSD = resolve(import.meta.dirname, '../../fixtures/schemas/gpx-1.1.xsd');
const context = { publicUrl: 'https://communs.example.org' };

const medium = (id: string, title: string, attributionName: string, licence: 'CC-BY-SA-4.0' | 'CC-BY-4.0') => ({
  id,
  family: 'audio' as const,
  title,
  licence,
  attributionName,
  url: `/media/${id}/son.mp3`,
  contentType: 'audio/mpeg',
  transcript: `Transcription de ${title}`,
  captions: [],
});

const trail: z.infer<typeof TrailDetailSchema> = {
  id: 'recouvrance-a-l-oreille',
  projectSlug: 'voix-de-recouvrance',
  projectTitle: 'Voix de Recouvrance',
  title: 'Recouvrance à l’oreille <& "quotes">',
  description: '',
  descriptionHtml: '',
  languages: ['fr'],
  area: 'Recouvrance',
  status: 'published',
  contributionMode: 'citizens',
  moderationMode: 'review-first',
  licencePolicy: ['CC-BY-4.0', 'CC-BY-SA-4.0'],
  featured: true,
  stops: [
    {
      id: 's1',
      title: 'Le pont',
      text: 'Regardez la travée se lever.',
      lat: 48.3841,
      lng: -4.4953,
      radius: 30,
      media: [medium('m1', 'Sur le pont levant', 'Anna', 'CC-BY-4.0')],
    },
    {
      id: 's2',
      title: 'La tour Tanguy',
      text: '',
      lat: 48.3836,
      lng: -4.4972,
      radius: 40,
      media: [medium('m2', 'La tour', 'Soizic', 'CC-BY-SA-4.0')],
    },
  ],
  route: {
    type: 'LineString',
    coordinates: [
      [-4.4953, 48.3841],
      [-4.4962, 48.3839],
      [-4.4972, 48.3836],
    ],
  },
  routeSource: 'drawn',
  distanceMetres: 152,
  walkingMinutes: 3,
  credits: [
    {
      attributionName: 'Anna',
      works: [{ title: 'Sur le pont levant', licence: 'CC-BY-4.0', url: '/media/m1/son.mp3' }],
    },
    { attributionName: 'Soizic', works: [{ title: 'La tour', licence: 'CC-BY-SA-4.0', url: '/media/m2/son.mp3' }] },
  ],
  forkedFrom: {
    id: 'rive-droite',
    title: 'Rive droite',
    projectSlug: 'autre',
    credits: [{ attributionName: 'Malo', works: [{ title: 'Le vent', licence: 'CC-BY-4.0' }] }],
  },
  downloadBytes: 2000,
  publishedAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
};

describe('GeoJSON export', () => {
  it('is a FeatureCollection of stop Points and the route LineString, with media, licences and attribution', () => {
    const geo = JSON.parse(JSON.stringify(trailGeoJson(trail, context)));
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.attribution).toContain('Anna, Soizic');
    expect(geo.attribution).toContain('CC BY 4.0, CC BY-SA 4.0');
    const [first, second, route] = geo.features;
    expect(first.geometry).toEqual({ type: 'Point', coordinates: [-4.4953, 48.3841] });
    expect(first.properties).toMatchObject({ kind: 'stop', order: 1, title: 'Le pont', triggerRadiusMetres: 30 });
    expect(first.properties.media[0]).toMatchObject({
      url: 'https://communs.example.org/media/m1/son.mp3',
      licence: 'CC-BY-4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
      attribution: 'Anna',
      transcript: 'Transcription de Sur le pont levant',
    });
    expect(second.properties.order).toBe(2);
    expect(route.geometry).toEqual(trail.route);
    expect(route.properties).toMatchObject({ kind: 'route', distanceMetres: 152, walkingMinutes: 3 });
  });

  it('leaves the route out when there is none', () => {
    const geo = trailGeoJson({ ...trail, route: null, stops: trail.stops.slice(0, 1) }, context);
    expect(geo.features.map((f) => f.geometry.type)).toEqual(['Point']);
  });
});

describe('GPX export', () => {
  const validate = (xml: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'gpx-')), 'trail.gpx');
    writeFileSync(file, xml);
    // Throws (non-zero exit) when the document does not validate.
    return execFileSync('xmllint', ['--noout', '--schema', GPX_XSD, file], { encoding: 'utf8', stdio: 'pipe' });
  };

  it('is valid GPX 1.1 (official XSD) with waypoints, a track and the attribution, text escaped', () => {
    const xml = trailGpx(trail, context);
    validate(xml);
    expect(xml.match(/<wpt /g)).toHaveLength(2);
    expect(xml).toContain('<wpt lat="48.3841" lon="-4.4953"><name>1. Le pont</name>');
    expect(xml.match(/<trkpt /g)).toHaveLength(3);
    expect(xml).toContain('Recouvrance à l’oreille &lt;&amp; &quot;quotes&quot;&gt;');
    expect(xml).toContain('<link href="https://communs.example.org/media/m1/son.mp3">');
    expect(xml).toContain('Sur le pont levant: Anna, CC BY 4.0');
  });

  it('stays valid without a route or stops', () => {
    validate(trailGpx({ ...trail, route: null, stops: [], credits: [] }, context));
  });
});

describe('credits text', () => {
  it('lists every contributor, work and licence, then the original trail’s', () => {
    const text = trailCreditsText(trail, context);
    expect(text).toContain('Anna\n  - Sur le pont levant (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/)');
    expect(text).toContain('Soizic\n  - La tour (CC BY-SA 4.0');
    expect(text).toContain('https://communs.example.org/parcours/voir/?id=rive-droite');
    expect(text).toContain('Malo\n  - Le vent (CC BY 4.0');
  });
});
