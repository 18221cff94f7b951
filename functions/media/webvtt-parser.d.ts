// webvtt-parser ships no types; this is the part Communs uses.
declare module 'webvtt-parser' {
  interface ParseResult {
    cues: { startTime: number; endTime: number; text: string }[];
    errors: { message: string; line: number; col?: number }[];
  }
  class WebVTTParser {
    parse(input: string, mode?: 'metadata' | 'chapters'): ParseResult;
  }
  const webvtt: { WebVTTParser: typeof WebVTTParser };
  export default webvtt;
}
