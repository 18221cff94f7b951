import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { DemoRecordedWithSchema, seedDemoRecordedWith } from '../../../functions/lending/provenance/demo.ts';
import { personWithRole } from '../accounts-support.ts';
import { readyMediaFixture } from '../media-support.ts';
import { makeTestApp } from '../support.ts';
import { CAPUCINS, modelFixture, pointFixture } from './fixtures.ts';

const demoFile = async <T>(file: string) =>
  JSON.parse(await readFile(new URL(`../../../content/demo/${file}`, import.meta.url), 'utf8')) as T;

it('the demo’s recordings "recorded with" a kit name demo clips and demo asset tags', async () => {
  const { recordedWith } = DemoRecordedWithSchema.parse(await demoFile('lending.json'));
  const { clips } = await demoFile<{ clips: { file: string }[] }>('media/clips.json');
  const { models } = await demoFile<{ models: { items: { units: { assetTag: string }[] }[] } }>('lending.json');
  const tags = models.items.flatMap((model) => model.units.map((unit) => unit.assetTag));
  expect(recordedWith).toHaveLength(2);
  for (const { file, assetTag } of recordedWith) {
    expect(clips.map((clip) => clip.file)).toContain(file);
    expect(tags).toContain(assetTag);
  }
});

// The demo's fixed ids and tags are catalogue-demo.test.ts's to load (one table per run): a kit of fixtures here.
it('names published demo recordings with a kit taken from the catalogue, and says what it skipped', async () => {
  const test = await makeTestApp();
  const point = await pointFixture(test.deps, CAPUCINS);
  const { model, units } = await modelFixture(test.deps, {
    pointIds: [point.id],
    category: 'audio-recorder',
    units: 1,
    overrides: { name: 'Zoom H5' },
  });
  const tag = units[0]?.assetTag ?? '';
  const owner = await personWithRole(test.deps, 'citizen');
  const first = await readyMediaFixture(test.deps, owner.user.id, { title: 'Le port au petit matin' });
  const second = await readyMediaFixture(test.deps, owner.user.id, { title: 'La poissonnière' });
  const hidden = await readyMediaFixture(test.deps, owner.user.id, { status: 'hidden' });
  const lines = await seedDemoRecordedWith(
    test.deps,
    {
      recordedWith: [
        { file: 'a.mp3', assetTag: tag },
        { file: 'b.mp3', assetTag: tag },
        { file: 'c.mp3', assetTag: tag },
        { file: 'a.mp3', assetTag: 'NO-SUCH-TAG' },
      ],
    },
    new Map([
      ['a.mp3', first.id],
      ['b.mp3', second.id],
      ['c.mp3', hidden.id],
    ]),
  );
  expect(lines).toEqual([
    `demo recording: a.mp3 recorded with Zoom H5 (${tag})`,
    `demo recording: b.mp3 recorded with Zoom H5 (${tag})`,
    expect.stringMatching(/^demo recording skipped \(c\.mp3/),
    expect.stringMatching(/^demo recording skipped \(a\.mp3 with NO-SUCH-TAG/),
  ]);
  const listed = (await (await test.app.request(`/api/media/recorded-with/${model.id}`)).json()) as {
    count: number;
    media: { id: string; recordedWith: unknown }[];
  };
  expect(listed.count).toBe(2);
  expect(listed.media.map((m) => m.id).sort()).toEqual([first.id, second.id].sort());
  expect(listed.media[0]?.recordedWith).toEqual({
    modelId: model.id,
    modelName: 'Zoom H5',
    assetTag: tag,
    pointId: point.id,
    pointName: point.name,
  });
});
