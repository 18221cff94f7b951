import webvtt from 'webvtt-parser';

export interface WebVttProblem {
  line: number;
  message: string;
}

/**
 * The problems a WebVTT text has, by line, as the W3C's own parser (webvtt-parser, the one behind
 * its validator) reports them; an empty list means a browser's <track> will read it. A file
 * without any cue is refused too: captions that caption nothing are not captions.
 */
export const validateWebVtt = (text: string): WebVttProblem[] => {
  const tree = new webvtt.WebVTTParser().parse(text, 'metadata');
  const problems = tree.errors.map(({ line, message }) => ({ line, message }));
  if (problems.length === 0 && tree.cues.length === 0) problems.push({ line: 1, message: 'The file has no cue.' });
  return problems;
};
