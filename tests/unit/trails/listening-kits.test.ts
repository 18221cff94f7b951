import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requiredTrainingFor } from '../../../functions/training/public.ts';
import { listeningKitsNear } from '../../../web/src/lib/trails/listening-kits-near.ts';

const demo = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../content/demo/${file}`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

interface DemoModel {
  id: string;
  name: string;
  category: string;
  pointIds: string[];
}
const points = (demo('lending.json').points as { id: string; name: string; lat: number; lng: number }[]).map(
  ({ id, name, lat, lng }) => ({ id, name, lat, lng }),
);
const models = (demo('lending.json').models as { items: DemoModel[] }).items.map((model) => ({
  ...model,
  requiredTraining: requiredTrainingFor(model.category) ?? null,
}));
const trails = (demo('trails.json').trails as { trail: { id: string }; stops: { lat: number; lng: number }[] }[]).map(
  ({ trail, stops }) => ({ id: trail.id, first: stops[0] as { lat: number; lng: number } }),
);

describe('listening kits at a trail head', () => {
  it('finds the demo media library’s listening players near the first stop of “Recouvrance à l’oreille”', () => {
    const trail = trails.find((t) => t.id === 'recouvrance-a-l-oreille');
    if (!trail) throw new Error('the demo trail is gone');
    const kits = listeningKitsNear(trail.first, points, models);
    // Only the players (no training), not the recorders held at the same point; the neighbourhood
    // house, about 500 m away, is just beyond the radius.
    expect(kits.map((kit) => [kit.model.id, kit.point.id])).toEqual([['baladeur-ecoute', 'mediatheque-capucins']]);
    expect(kits[0]?.distance).toBeGreaterThan(150);
    expect(kits[0]?.distance).toBeLessThan(300);
  });

  it('shows nothing when no point is within the radius, or when the players need training', () => {
    const far = { lat: 48.4, lng: -4.45 };
    expect(listeningKitsNear(far, points, models)).toEqual([]);
    const trail = trails.find((t) => t.id === 'recouvrance-a-l-oreille');
    const trained = models.map((model) => ({ ...model, requiredTraining: { moduleId: 'x' } }));
    expect(listeningKitsNear(trail?.first ?? far, points, trained)).toEqual([]);
    // A wider radius takes in the second point, nearest first.
    expect(listeningKitsNear(trail?.first ?? far, points, models, 800).map((kit) => kit.point.id)).toEqual([
      'mediatheque-capucins',
      'maison-de-quartier-recouvrance',
    ]);
  });
});
