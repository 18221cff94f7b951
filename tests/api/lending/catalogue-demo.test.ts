import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { seedDemoCatalogue } from '../../../functions/lending/catalogue/demo.ts';
import { makeTestApp } from '../support.ts';
import { call, json, personAt, storedAssetTag } from './catalogue-support.ts';
import { pointFixture } from './fixtures.ts';

const demoFile = async () =>
  JSON.parse(await readFile(new URL('../../../content/demo/lending.json', import.meta.url), 'utf8')) as {
    models: { admin: string; items: { id: string; units: { assetTag: string }[] }[] };
  };

describe('the demo catalogue', () => {
  it('loads the models and units of content/demo/lending.json through the use cases, at the two demo points', async () => {
    const test = await makeTestApp();
    const content = await demoFile();
    // Each run has a fresh in-memory table (global setup): this file alone loads the demo's fixed ids and tags.
    await pointFixture(test.deps, { id: 'mediatheque-capucins' });
    await pointFixture(test.deps, { id: 'maison-de-quartier-recouvrance' });
    const admin = await personAt(test.deps, 'admin');
    const lines = await seedDemoCatalogue(test.deps, {
      ...content,
      models: { ...content.models, admin: admin.user.email },
    });
    expect(lines).toHaveLength(4);
    const { models } = await json<{
      models: { id: string; requiredTraining: { moduleId: string } | null; leadDays: number }[];
    }>(await call(test, '/api/lending/models'));
    const byId = Object.fromEntries(models.map((m) => [m.id, m]));
    expect(byId['zoom-h5']?.requiredTraining?.moduleId).toBe('enregistrer-en-exterieur');
    expect(byId['tascam-dr-40x']?.requiredTraining?.moduleId).toBe('enregistrer-en-exterieur');
    expect(byId['kit-camera-video']?.requiredTraining?.moduleId).toBe('tourner-et-sous-titrer-une-video');
    expect(byId['baladeur-ecoute']).toMatchObject({ requiredTraining: null, leadDays: 0 });
    const unitsOf = async (id: string) =>
      (
        await json<{ points: { unitsInService: number }[] }>(await call(test, `/api/lending/models/${id}`))
      ).points.reduce((sum, point) => sum + point.unitsInService, 0);
    expect(await unitsOf('zoom-h5')).toBe(3);
    expect(await unitsOf('tascam-dr-40x')).toBe(2);
    expect(await unitsOf('kit-camera-video')).toBe(1);
    expect(await unitsOf('baladeur-ecoute')).toBe(6);
    expect(await storedAssetTag(test.deps, 'AUD-0001')).toMatchObject({ modelId: 'zoom-h5' });
  });

  it('says so and skips a model whose points are not there, rather than failing the start', async () => {
    const test = await makeTestApp();
    const admin = await personAt(test.deps, 'admin');
    const lines = await seedDemoCatalogue(test.deps, {
      models: {
        admin: admin.user.email,
        items: [
          {
            category: 'listening-player',
            name: 'Baladeur sans point',
            description: { fr: 'x', en: 'x' },
            parts: [],
            maxLoanDays: 1,
            leadDays: 0,
            pointIds: ['no-such-demo-point'],
            units: [],
          },
        ],
      },
    });
    expect(lines).toEqual([expect.stringContaining('demo model skipped: Baladeur sans point')]);
  });
});
