import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { fileTypeFromBuffer } from 'file-type';
import { fromBuffer } from 'strtok3';
import { describe, expect, it } from 'vitest';
import { readImageDimensions } from '../../../functions/media/inspect/image-dimensions.ts';
import { CorruptImageError, stripImageMetadata } from '../../../functions/media/strip-image-metadata.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/media', name)));
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const ascii = (bytes: Uint8Array, at: number, length: number) => latin1(bytes.subarray(at, at + length));

/**
 * What must not survive, whatever the container: the EXIF header and camera (the GPS IFD lives in
 * the EXIF block), XMP, IPTC (Photoshop IRB), the author, the comment, the city.
 */
const TELL_TALES = ['Exif\0\0', 'Fixture\0', 'http://ns.adobe.com/xap', 'Fixture Author', 'Taken on the quay', 'Brest'];

const dimensionsOf = async (bytes: Uint8Array, mime: string) => readImageDimensions(fromBuffer(bytes), mime);

/** JPEG segments up to the first SOS: marker and the first bytes of the payload. */
const jpegSegments = (bytes: Uint8Array) => {
  const segments: { marker: number; id: string; start: number }[] = [];
  let at = 2;
  while (at < bytes.length) {
    const marker = bytes[at + 1] ?? 0;
    segments.push({ marker, id: ascii(bytes, at + 4, 12), start: at });
    if (marker === 0xda) break;
    at += 2 + ((bytes[at + 2] ?? 0) << 8) + (bytes[at + 3] ?? 0);
  }
  return segments;
};

const pngChunks = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: { type: string; bytes: Uint8Array; crcOk: boolean }[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = view.getUint32(at);
    const type = ascii(bytes, at + 4, 4);
    const crcOk = crc32(bytes.subarray(at + 4, at + 8 + length)) === view.getUint32(at + 8 + length);
    chunks.push({ type, bytes: bytes.subarray(at, at + 12 + length), crcOk });
    at += 12 + length;
  }
  return chunks;
};

const webpChunks = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: { type: string; bytes: Uint8Array }[] = [];
  for (let at = 12; at < bytes.length; ) {
    const length = view.getUint32(at + 4, true);
    chunks.push({ type: ascii(bytes, at, 4), bytes: bytes.subarray(at, at + 8 + length) });
    at += 8 + length + (length % 2);
  }
  return chunks;
};

describe('stripping JPEG metadata', () => {
  const original = fixture('photo-with-gps.jpg');
  const stripped = stripImageMetadata(original, 'image/jpeg');

  it('the fixture does carry EXIF with GPS, XMP, IPTC and a comment', () => {
    const markers = jpegSegments(original).map((s) => s.marker);
    expect(markers).toEqual(expect.arrayContaining([0xe1, 0xed, 0xfe]));
    for (const tell of [...TELL_TALES, 'Photoshop 3.0']) expect(latin1(original)).toContain(tell);
  });

  it('removes APP1 (EXIF, XMP), APP13 (IPTC) and COM, keeps JFIF and the ICC profile', () => {
    const segments = jpegSegments(stripped);
    expect(segments.some((s) => s.marker === 0xe1 || s.marker === 0xed || s.marker === 0xfe)).toBe(false);
    expect(segments[0]).toMatchObject({ marker: 0xe0 });
    expect(segments[0]?.id.startsWith('JFIF\0')).toBe(true);
    expect(segments.some((s) => s.marker === 0xe2 && s.id === 'ICC_PROFILE\0')).toBe(true);
    for (const tell of TELL_TALES) expect(latin1(stripped)).not.toContain(tell);
  });

  it('keeps the picture: same type, same dimensions, identical image data', async () => {
    expect(await fileTypeFromBuffer(stripped)).toEqual({ ext: 'jpg', mime: 'image/jpeg' });
    expect(await dimensionsOf(stripped, 'image/jpeg')).toEqual({ width: 96, height: 64 });
    expect(await dimensionsOf(original, 'image/jpeg')).toEqual({ width: 96, height: 64 });
    const scanOf = (bytes: Uint8Array) => bytes.subarray(jpegSegments(bytes).at(-1)?.start);
    expect(Buffer.from(scanOf(stripped)).equals(Buffer.from(scanOf(original)))).toBe(true);
    expect(stripped.length).toBeLessThan(original.length);
  });

  it('drops whatever follows the end of the image, and is idempotent', () => {
    const withTrailer = new Uint8Array([...original, ...new TextEncoder().encode('GPS 48.38N 4.49W')]);
    expect(latin1(stripImageMetadata(withTrailer, 'image/jpeg'))).not.toContain('GPS');
    expect(Buffer.from(stripImageMetadata(stripped, 'image/jpeg')).equals(Buffer.from(stripped))).toBe(true);
  });
});

describe('keeping a JPEG upright', () => {
  it('writes back the EXIF orientation alone, after JFIF', async () => {
    const original = fixture('photo-rotated.jpg');
    const stripped = stripImageMetadata(original, 'image/jpeg');
    const segments = jpegSegments(stripped);
    expect(segments.map((s) => s.marker).slice(0, 2)).toEqual([0xe0, 0xe1]);
    const app1 = segments[1]?.start ?? 0;
    // APP1: length 34, "Exif\0\0", big-endian TIFF, IFD0 with one entry: Orientation (0x0112) SHORT 1 × 6.
    expect(Buffer.from(stripped.subarray(app1, app1 + 36)).toString('hex')).toBe(
      `ffe10022${Buffer.from('Exif\0\0MM\0*').toString('hex')}00000008` +
        '0001' +
        '011200030000000100060000' +
        '00000000',
    );
    expect(latin1(stripped)).not.toContain('Fixture');
    expect(await dimensionsOf(stripped, 'image/jpeg')).toEqual({ width: 96, height: 64 });
    // Upright photos get no EXIF at all.
    expect(
      jpegSegments(stripImageMetadata(fixture('photo-with-gps.jpg'), 'image/jpeg')).some((s) => s.marker === 0xe1),
    ).toBe(false);
  });
});

describe('stripping PNG metadata', () => {
  const original = fixture('photo.png');
  const stripped = stripImageMetadata(original, 'image/png');

  it('removes eXIf, tEXt, iTXt, zTXt and tIME chunks, keeps the others byte for byte', () => {
    const before = pngChunks(original).map((c) => c.type);
    expect(before).toEqual(expect.arrayContaining(['eXIf', 'tEXt', 'iTXt', 'tIME']));
    const after = pngChunks(stripped);
    expect(after.map((c) => c.type)).toEqual(
      before.filter((type) => !['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME'].includes(type)),
    );
    expect(after.every((c) => c.crcOk)).toBe(true);
    const originalIdat = pngChunks(original).filter((c) => c.type === 'IDAT');
    const strippedIdat = after.filter((c) => c.type === 'IDAT');
    expect(strippedIdat.map((c) => Buffer.from(c.bytes).toString('hex'))).toEqual(
      originalIdat.map((c) => Buffer.from(c.bytes).toString('hex')),
    );
    for (const tell of TELL_TALES) expect(latin1(stripped)).not.toContain(tell);
  });

  it('keeps the picture', async () => {
    expect(await fileTypeFromBuffer(stripped)).toEqual({ ext: 'png', mime: 'image/png' });
    expect(await dimensionsOf(stripped, 'image/png')).toEqual({ width: 96, height: 64 });
    expect(pngChunks(stripped).at(-1)?.type).toBe('IEND');
  });
});

describe('stripping WebP metadata', () => {
  const original = fixture('photo.webp');
  const stripped = stripImageMetadata(original, 'image/webp');

  it('removes the EXIF and XMP chunks, clears their VP8X flags and fixes the RIFF size', () => {
    expect(webpChunks(original).map((c) => c.type)).toEqual(['VP8X', 'VP8 ', 'EXIF', 'XMP ']);
    expect((original[20] ?? 0) & 0x0c).toBe(0x0c);
    const after = webpChunks(stripped);
    expect(after.map((c) => c.type)).toEqual(['VP8X', 'VP8 ']);
    expect((stripped[20] ?? 0) & 0x0c).toBe(0);
    expect(new DataView(stripped.buffer, stripped.byteOffset).getUint32(4, true)).toBe(stripped.length - 8);
    expect(Buffer.from(after[1]?.bytes ?? []).equals(Buffer.from(webpChunks(original)[1]?.bytes ?? [1]))).toBe(true);
    for (const tell of TELL_TALES) expect(latin1(stripped)).not.toContain(tell);
  });

  it('keeps the picture', async () => {
    expect(await fileTypeFromBuffer(stripped)).toEqual({ ext: 'webp', mime: 'image/webp' });
    expect(await dimensionsOf(stripped, 'image/webp')).toEqual({ width: 96, height: 64 });
  });
});

describe('refusing broken images', () => {
  const half = (bytes: Uint8Array) => bytes.subarray(0, Math.floor(bytes.length / 2));

  it.each([
    ['a JPEG cut in half', half(fixture('photo-with-gps.jpg')), 'image/jpeg'],
    ['a PNG cut in half', half(fixture('photo.png')), 'image/png'],
    ['a WebP cut in half', half(fixture('photo.webp')), 'image/webp'],
    ['HTML claiming to be a JPEG', fixture('page.html.mp3'), 'image/jpeg'],
    ['SVG claiming to be a PNG', fixture('drawing.svg.mp3'), 'image/png'],
    ['a zip claiming to be a WebP', fixture('archive.zip.mp3'), 'image/webp'],
    ['nothing at all', new Uint8Array(), 'image/png'],
  ])('throws CorruptImageError for %s', (_label, bytes, mime) => {
    expect(() => stripImageMetadata(bytes, mime)).toThrow(CorruptImageError);
  });

  it('throws CorruptImageError for a PNG whose image data was altered (bad CRC)', () => {
    const bytes = fixture('photo.png');
    const idat = latin1(bytes).indexOf('IDAT');
    bytes[idat + 10] = (bytes[idat + 10] ?? 0) ^ 0xff;
    expect(() => stripImageMetadata(bytes, 'image/png')).toThrow(/CRC/);
  });

  it('refuses a type it does not handle', () => {
    expect(() => stripImageMetadata(fixture('photo.png'), 'image/gif')).toThrow(/No metadata stripper/);
  });
});
