import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { demoViewer } from '../../../functions/accounts/public.ts';
import { seedDemoAccounts } from '../../../functions/accounts/seed-demo-accounts.ts';
import { refuseUnlessCertifiedFor, requiredTrainingFor } from '../../../functions/training/public.ts';
import { DemoQuizzesSchema, seedDemoQuizPasses } from '../../../functions/training/quiz-demo.ts';
import { getCertification } from '../../../functions/training/store/certifications.ts';
import { makeTestApp } from '../support.ts';

const demoFile = (file: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../content/demo/${file}`, import.meta.url)), 'utf8'));

it('the demo’s quiz passes name demo people and the module that unlocks the recorders', () => {
  const emails = (demoFile('accounts.json') as { accounts: { email: string }[] }).accounts.map((a) => a.email);
  const { quizzesPassed } = DemoQuizzesSchema.parse(demoFile('workshops.json'));
  expect(quizzesPassed.map((pass) => pass.module)).toContain(requiredTrainingFor('audio-recorder')?.id);
  for (const pass of quizzesPassed) for (const person of pass.people) expect(emails).toContain(person);
});

it('demo people pass the quiz through the use cases and hold the certification; others do not', async () => {
  const test = await makeTestApp();
  await seedDemoAccounts(test.deps, demoFile('accounts.json'));
  const lines = await seedDemoQuizPasses(test.deps, {
    quizzesPassed: [
      { module: 'enregistrer-en-exterieur', people: ['anna@demo.communs.test'] },
      { module: 'no-such-module', people: ['malo@demo.communs.test'] },
    ],
  });
  expect(lines[0]).toMatch(/^demo quiz passed: Recording outdoors by anna@demo\.communs\.test, certified until /);
  expect(lines[1]).toMatch(/^demo quiz skipped: no module no-such-module/);
  const anna = await demoViewer(test.deps, 'anna@demo.communs.test');
  const malo = await demoViewer(test.deps, 'malo@demo.communs.test');
  expect(await getCertification(test.deps, anna.id, 'enregistrer-en-exterieur')).toMatchObject({
    how: 'quiz',
    revoked: false,
  });
  expect(await getCertification(test.deps, malo.id, 'enregistrer-en-exterieur')).toBeUndefined();
  // What lending's reservation asks: Anna may borrow a recorder, Malo is sent to the training.
  const now = test.deps.clock.now();
  await expect(refuseUnlessCertifiedFor(test.deps, anna.id, 'audio-recorder', now)).resolves.toBeUndefined();
  await expect(refuseUnlessCertifiedFor(test.deps, malo.id, 'audio-recorder', now)).rejects.toMatchObject({
    kind: 'forbidden',
  });
});
