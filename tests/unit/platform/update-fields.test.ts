import { describe, expect, it } from 'vitest';
import { updateFields } from '../../../functions/platform/update-fields.ts';

describe('updateFields', () => {
  it('sets the given fields and removes the undefined and named ones, through placeholders', () => {
    expect(updateFields({ area: 'Siam', hidden: undefined, openFlags: 0 }, ['coverUrl'])).toEqual({
      UpdateExpression: 'SET #area = :area, #openFlags = :openFlags REMOVE #coverUrl, #hidden',
      ExpressionAttributeNames: {
        '#area': 'area',
        '#openFlags': 'openFlags',
        '#coverUrl': 'coverUrl',
        '#hidden': 'hidden',
      },
      ExpressionAttributeValues: { ':area': 'Siam', ':openFlags': 0 },
    });
  });

  it('only removes, without values, when nothing is set', () => {
    expect(updateFields({ kindPk: undefined, kindSk: undefined })).toEqual({
      UpdateExpression: 'REMOVE #kindPk, #kindSk',
      ExpressionAttributeNames: { '#kindPk': 'kindPk', '#kindSk': 'kindSk' },
    });
  });
});
