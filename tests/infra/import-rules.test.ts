import { describe, expect, it } from 'vitest';
import { findImportViolations } from '../../scripts/check-imports.ts';

describe('import rules of functions/', () => {
  it('has no cycle, no import from jobs/ or infra/ into a feature or the platform, and no reach into a feature', () => {
    // One line per violation, so a failure says which import to change.
    expect(findImportViolations()).toEqual([]);
  });
});
