import { describe, expect, it } from 'vitest';
import { RESERVED_MODULE_IDS } from '../../../functions/training/reserved-module-ids.ts';
import { routes } from '../../../web/src/i18n/routes.ts';

describe('the module ids the site reserves', () => {
  it("hold the first segment of every fixed page below the catalogue, in both languages (a module's page would take its address)", () => {
    const catalogue = routes.training;
    const taken = Object.values(routes).flatMap((paths) =>
      (['fr', 'en'] as const).flatMap((locale) => {
        const path: string = paths[locale];
        const below = path.startsWith(catalogue[locale]) ? path.slice(catalogue[locale].length) : '';
        return below ? [below.split('/')[0] ?? ''] : [];
      }),
    );
    expect(taken).toEqual(expect.arrayContaining(['ateliers', 'workshops', 'animer', 'teach', 'verifier', 'verify']));
    for (const segment of taken)
      expect(RESERVED_MODULE_IDS, `${segment} is a page below the catalogue`).toContain(segment);
  });
});
