import type { IRandomAccessTokenizer } from 'strtok3';
import { ascii, peekAt, u16be, u16le, u24le, u32be, u32le } from './bytes.ts';

const isJpegStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/**
 * Width and height of a JPEG, PNG or WebP, read from its headers (hand-written: a handful of
 * fixed offsets, not worth a dependency). Undefined when the headers are not well formed.
 */
export const readImageDimensions = async (
  tokenizer: IRandomAccessTokenizer,
  mime: string,
): Promise<{ width: number; height: number } | undefined> => {
  let dimensions: { width: number; height: number } | undefined;
  if (mime === 'image/png') {
    const b = await peekAt(tokenizer, 0, 24);
    if (b.length === 24 && ascii(b, 12, 4) === 'IHDR') dimensions = { width: u32be(b, 16), height: u32be(b, 20) };
  } else if (mime === 'image/webp') {
    const b = await peekAt(tokenizer, 0, 30);
    const chunk = b.length === 30 ? ascii(b, 12, 4) : '';
    if (chunk === 'VP8X') dimensions = { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
    if (chunk === 'VP8 ' && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
      dimensions = { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
    }
    if (chunk === 'VP8L' && b[20] === 0x2f) {
      const bits = u32le(b, 21);
      dimensions = { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
  } else if (mime === 'image/jpeg') {
    // Walk the marker segments (APPn can be large) up to the start of frame.
    let at = 2;
    for (let segments = 0; segments < 1000 && at < tokenizer.fileInfo.size; segments++) {
      const b = await peekAt(tokenizer, at, 9);
      if (b.length < 4 || b[0] !== 0xff) break;
      if (b[1] === 0xff) {
        at++; // fill byte
        continue;
      }
      const marker = b[1] ?? 0;
      if (isJpegStartOfFrame(marker) && b.length === 9) {
        dimensions = { width: u16be(b, 7), height: u16be(b, 5) };
        break;
      }
      if (marker === 0xda || marker === 0xd9) break; // image data before any frame header
      at += 2 + u16be(b, 2);
    }
  }
  return dimensions && dimensions.width > 0 && dimensions.height > 0 ? dimensions : undefined;
};
