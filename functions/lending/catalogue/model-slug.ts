import { slugOf } from '../../text/slug.ts';

/** A model's id from its name when none is given: "Zoom H5 kit" → `zoom-h5-kit`. Pure. */
export const modelSlug = (name: string): string => slugOf(name, 64, 'model');
