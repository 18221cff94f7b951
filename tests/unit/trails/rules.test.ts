import { describe, expect, it } from 'vitest';
import { isAllowedByPolicy, licenceOutsidePolicy, policyProblems } from '../../../functions/trails/licence-policy.ts';
import { accessibilityGap, missingForPublication } from '../../../functions/trails/publication-rule.ts';
import {
  distanceBetween,
  lineLength,
  radiusAdvice,
  routeThroughStops,
  trailRoute,
  walkingMinutes,
} from '../../../functions/trails/trail-geometry.ts';

describe('licence policy', () => {
  const policy = ['CC0-1.0', 'CC-BY-4.0', 'CC-BY-SA-4.0'] as const;

  it('accepts exactly the licences of the policy', () => {
    expect(isAllowedByPolicy('CC-BY-SA-4.0', policy)).toBe(true);
    expect(isAllowedByPolicy('CC-BY-NC-4.0', policy)).toBe(false);
  });

  it('refuses a contribution outside the policy with a 409 naming the allowed licences', () => {
    const error = licenceOutsidePolicy({ id: 'm1', title: 'Le marché', licence: 'CC-BY-NC-4.0' }, policy);
    expect(error.status).toBe(409);
    expect(error.message).toContain('CC0 1.0, CC BY 4.0, CC BY-SA 4.0');
    expect(error.message).toContain('“Le marché” is under CC BY-NC 4.0');
    expect(error.toProblem()).toMatchObject({
      reason: 'licence-outside-policy',
      allowedLicences: [...policy],
      licence: 'CC-BY-NC-4.0',
      mediaId: 'm1',
      mediaTitle: 'Le marché',
    });
  });

  it('asks a trail to keep the licence of the share-alike media it carries', () => {
    const media = [
      { id: 'a', title: 'Le pont', licence: 'CC-BY-SA-4.0' as const },
      { id: 'b', title: 'La tour', licence: 'CC-BY-4.0' as const },
    ];
    expect(policyProblems(['CC-BY-SA-4.0', 'CC-BY-4.0'], media)).toEqual([]);
    const [shareAlike] = policyProblems(['CC-BY-4.0', 'CC0-1.0'], media);
    expect(shareAlike).toMatchObject({ mediaId: 'a', reason: 'share-alike' });
    expect(shareAlike?.message).toContain('share-alike');
    expect(policyProblems(['CC-BY-SA-4.0'], media)).toEqual([
      expect.objectContaining({ mediaId: 'b', reason: 'outside-policy' }),
    ]);
  });

  it('treats non-commercial share-alike media like any share-alike media', () => {
    expect(policyProblems(['CC-BY-SA-4.0'], [{ id: 'n', title: 'Nuit', licence: 'CC-BY-NC-SA-4.0' }])[0]?.reason).toBe(
      'share-alike',
    );
  });
});

describe('distance and walking time', () => {
  it('measures great-circle distances in metres', () => {
    // One degree of latitude is about 111.2 km everywhere.
    expect(distanceBetween([-4.49, 48], [-4.49, 49])).toBeCloseTo(111_195, -1);
    expect(distanceBetween([-4.49, 48.38], [-4.49, 48.38])).toBe(0);
    // Across Recouvrance bridge: about 150 m.
    expect(distanceBetween([-4.4953, 48.3841], [-4.4972, 48.3836])).toBeGreaterThan(140);
    expect(distanceBetween([-4.4953, 48.3841], [-4.4972, 48.3836])).toBeLessThan(160);
  });

  it('adds up a line and rounds to the metre', () => {
    const line = [
      [-4.49, 48],
      [-4.49, 48.001],
      [-4.49, 48.002],
    ];
    expect(lineLength(line)).toBe(222);
    expect(lineLength([[-4.49, 48]])).toBe(0);
  });

  it('walks 75 m a minute, rounded up', () => {
    expect(walkingMinutes(0)).toBe(0);
    expect(walkingMinutes(75)).toBe(1);
    expect(walkingMinutes(76)).toBe(2);
    expect(walkingMinutes(1500)).toBe(20);
  });

  it('derives the route from the stops in order unless one was drawn', () => {
    const stops = [
      { lat: 48, lng: -4.49 },
      { lat: 48.001, lng: -4.49 },
    ];
    expect(routeThroughStops(stops)).toEqual({
      type: 'LineString',
      coordinates: [
        [-4.49, 48],
        [-4.49, 48.001],
      ],
    });
    expect(routeThroughStops(stops.slice(0, 1))).toBeNull();
    expect(trailRoute(undefined, stops)).toMatchObject({
      routeSource: 'stops',
      distanceMetres: 111,
      walkingMinutes: 2,
    });
    const drawn = {
      type: 'LineString' as const,
      coordinates: [
        [-4.49, 48],
        [-4.49, 48.002],
      ] as [number, number][],
    };
    expect(trailRoute(drawn, stops)).toMatchObject({ routeSource: 'drawn', distanceMetres: 222, route: drawn });
    expect(trailRoute(undefined, [])).toMatchObject({ route: null, distanceMetres: 0, walkingMinutes: 0 });
  });

  it('advises on trigger radii outside 20–100 m', () => {
    expect(radiusAdvice(10)).toBe('too-small');
    expect(radiusAdvice(20)).toBeNull();
    expect(radiusAdvice(30)).toBeNull();
    expect(radiusAdvice(100)).toBeNull();
    expect(radiusAdvice(150)).toBe('too-large');
  });
});

describe('publication rule', () => {
  const audio = { id: 'a', family: 'audio' as const, title: 'Le pont', transcript: 'Ici…', captions: [] };
  const video = { id: 'v', family: 'video' as const, title: 'La grue', captions: [{ language: 'fr', url: '/c.vtt' }] };

  it('asks for stops', () => {
    expect(missingForPublication([])).toEqual([expect.objectContaining({ code: 'no-stops' })]);
  });

  it('publishes when every stop has an accessible medium', () => {
    expect(
      missingForPublication([
        { id: 's1', title: 'Pont', media: [audio] },
        { id: 's2', title: 'Grue', media: [video] },
      ]),
    ).toEqual([]);
  });

  it('lists every stop without media, audio without transcript and video without captions, in order', () => {
    const missing = missingForPublication([
      { id: 's1', title: 'Pont', media: [] },
      { id: 's2', title: 'Tour', media: [{ ...audio, transcript: '  ' }] },
      { id: 's3', title: 'Grue', media: [{ ...video, captions: [] }, audio] },
    ]);
    expect(missing.map((m) => [m.stopId, m.code])).toEqual([
      ['s1', 'stop-without-media'],
      ['s2', 'audio-without-transcript'],
      ['s3', 'video-without-captions'],
    ]);
    expect(missing[2]).toMatchObject({ stopTitle: 'Grue', mediaId: 'v' });
  });

  it('asks nothing of images', () => {
    expect(accessibilityGap({ id: 'i', family: 'image', title: 'Photo', captions: [] })).toBeNull();
  });
});
