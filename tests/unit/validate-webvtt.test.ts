import { describe, expect, it } from 'vitest';
import { validateWebVtt } from '../../functions/media/validate-webvtt.ts';

describe('WebVTT validation', () => {
  it('accepts well-formed captions', () => {
    expect(
      validateWebVtt('WEBVTT\n\n00:00.000 --> 00:02.500\nLe vent se lève.\n\n00:02.500 --> 00:04.000\nOn y va.\n'),
    ).toEqual([]);
  });
  it('refuses a file without signature, without cues, or with backwards timings', () => {
    expect(validateWebVtt('<html></html>')[0]?.line).toBe(1);
    expect(validateWebVtt('WEBVTT\n')).toEqual([{ line: 1, message: 'The file has no cue.' }]);
    expect(validateWebVtt('WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nx\n')[0]?.line).toBe(3);
  });
});
