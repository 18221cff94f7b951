import { describe, expect, it } from 'vitest';
import { recentlyGone } from '../../../web/src/lib/ui/recently-gone.ts';

describe('recentlyGone (lists read from a lagging index)', () => {
  it('leaves what the page just removed off the lists it reads again, for a while only', () => {
    let now = 0;
    const gone = recentlyGone(10_000, () => now);
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const ids = () => gone.without(items, (item) => item.id).map((item) => item.id);
    expect(ids()).toEqual(['a', 'b', 'c']);
    gone.add('b');
    now = 9_999;
    expect(ids()).toEqual(['a', 'c']);
    // By then the index has caught up: if the item is listed again, it is really back.
    now = 10_000;
    expect(ids()).toEqual(['a', 'b', 'c']);
  });
});
