import { describe, expect, it } from 'vitest';
import { distanceMetres, stopInZone } from '../../../web/src/lib/trails/geo.ts';

describe('walk mode: which stop’s zone the walker is in', () => {
  const stops = [
    { lat: 48.3841, lng: -4.4953, radius: 30 },
    { lat: 48.3836, lng: -4.4972, radius: 30 },
    { lat: 48.38365, lng: -4.4974, radius: 60 },
  ];

  it('finds the stop within its radius, and none between stops', () => {
    expect(stopInZone({ lat: 48.38412, lng: -4.49532 }, stops)).toBe(0);
    expect(stopInZone({ lat: 48.3839, lng: -4.4962 }, stops)).toBe(-1);
  });

  it('picks the nearest when zones overlap', () => {
    expect(stopInZone({ lat: 48.3836, lng: -4.49721 }, stops)).toBe(1);
    expect(stopInZone({ lat: 48.38366, lng: -4.49741 }, stops)).toBe(2);
  });

  it('measures like the API does', () => {
    expect(distanceMetres({ lat: 48, lng: -4.49 }, { lat: 48.001, lng: -4.49 })).toBeCloseTo(111.2, 0);
  });
});
