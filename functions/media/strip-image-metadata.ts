import { crc32 } from 'node:zlib';

/**
 * Removes what a photo says about its author beyond the picture — EXIF (with GPS), XMP, IPTC,
 * comments, trailers — without re-encoding a single pixel: the containers are rewritten and the
 * compressed image data copied as is. A JPEG's EXIF orientation alone is written back, so portrait
 * phone photos stay upright.
 *
 * Hand-written on purpose: the npm packages that strip metadata either cover JPEG only
 * (piexifjs, exif-be-gone: APP1 only, no IPTC/COM, no PNG or WebP), decode and re-encode the
 * pixels (sharp, canvas), or are one-commit projects. Each format is a short container walk.
 * Images are at most 20 MB, so working in memory is fine.
 */

/** The bytes are not a well-formed image of the type they claim: processing rejects the upload. */
export class CorruptImageError extends Error {
  readonly code = 'corrupt';
  constructor(message: string) {
    super(message);
    this.name = 'CorruptImageError';
  }
}

export type StrippableImageType = 'image/jpeg' | 'image/png' | 'image/webp';

export const stripImageMetadata = (bytes: Uint8Array, mime: string): Uint8Array => {
  switch (mime) {
    case 'image/jpeg':
      return stripJpeg(bytes);
    case 'image/png':
      return stripPng(bytes);
    case 'image/webp':
      return stripWebp(bytes);
    default:
      throw new Error(`No metadata stripper for ${mime}`);
  }
};

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const concat = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
};

// --- JPEG: a list of marker segments, the entropy-coded data after each SOS, then EOI.

const SOS = 0xda;
const EOI = 0xd9;
const COM = 0xfe;

/** APPn segments that describe how to decode the picture, not who took it or where. */
const keepsAppSegment = (marker: number, bytes: Uint8Array, payload: number) =>
  (marker === 0xe0 && ascii(bytes, payload, 5) === 'JFIF\0') ||
  (marker === 0xe2 && ascii(bytes, payload, 12) === 'ICC_PROFILE\0') ||
  // Adobe APP14 carries the colour transform; without it RGB and CMYK JPEGs decode with wrong colours.
  (marker === 0xee && ascii(bytes, payload, 5) === 'Adobe');

const stripJpeg = (bytes: Uint8Array): Uint8Array => {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new CorruptImageError('Not a JPEG: no start-of-image marker');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let at = 2;
  let sawScan = false;
  let orientation: number | undefined;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) throw new CorruptImageError(`JPEG marker expected at byte ${at}`);
    while (bytes[at + 1] === 0xff) at++; // fill bytes
    const marker = bytes[at + 1];
    if (marker === undefined) break;
    if (marker === EOI) {
      if (!sawScan) throw new CorruptImageError('JPEG ends before any image data');
      // Anything after the primary image's EOI (MPF depth maps, gain maps, vendor trailers) goes.
      kept.push(bytes.subarray(at, at + 2));
      if (orientation) kept.splice(kept[1]?.[1] === 0xe0 ? 2 : 1, 0, orientationOnlyExif(orientation));
      return concat(kept);
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) throw new CorruptImageError('Stray JPEG marker');
    if (at + 4 > bytes.length) break;
    const length = view.getUint16(at + 2);
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) throw new CorruptImageError(`JPEG segment at byte ${at} overruns the file`);
    const isApp = marker >= 0xe0 && marker <= 0xef;
    if (marker === 0xe1 && ascii(bytes, at + 4, 6) === 'Exif\0\0') {
      orientation ??= exifOrientation(bytes.subarray(at + 10, end));
    }
    if (!(isApp && !keepsAppSegment(marker, bytes, at + 4)) && marker !== COM) kept.push(bytes.subarray(at, end));
    at = end;
    if (marker === SOS) {
      sawScan = true;
      // Entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart marker.
      while (at + 1 < bytes.length) {
        const next = bytes[at + 1] ?? 0;
        if (bytes[at] === 0xff && next !== 0x00 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) break;
        at++;
      }
      if (at + 1 >= bytes.length) break;
      kept.push(bytes.subarray(end, at));
    }
  }
  throw new CorruptImageError('JPEG is truncated: no end-of-image marker');
};

/** The EXIF Orientation (2–8) in a TIFF block, when it says anything but "upright". */
const exifOrientation = (tiff: Uint8Array): number | undefined => {
  const order = ascii(tiff, 0, 2);
  if (tiff.length < 8 || (order !== 'II' && order !== 'MM')) return undefined;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const little = order === 'II';
  const ifd = view.getUint32(4, little);
  if (ifd + 2 > tiff.length) return undefined;
  for (let i = 0, count = view.getUint16(ifd, little); i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (view.getUint16(entry, little) === 0x0112 && view.getUint16(entry + 2, little) === 3) {
      const value = view.getUint16(entry + 8, little);
      return value >= 2 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
};

/**
 * An APP1 segment with an EXIF block holding the orientation and nothing else: phones store
 * portrait photos sideways with Orientation 6 or 8, and browsers turn them upright by it.
 */
const orientationOnlyExif = (orientation: number): Uint8Array => {
  const segment = new Uint8Array(36);
  const view = new DataView(segment.buffer);
  view.setUint16(0, 0xffe1);
  view.setUint16(2, segment.length - 2);
  segment.set(new TextEncoder().encode('Exif\0\0MM\0*'), 4); // EXIF header, big-endian TIFF header
  view.setUint32(14, 8); // IFD0 right after the TIFF header
  view.setUint16(18, 1); // one entry:
  view.setUint16(20, 0x0112); // Orientation,
  view.setUint16(22, 3); // SHORT,
  view.setUint32(24, 1); // one value,
  view.setUint16(28, orientation); // left-justified in the 4-byte value field
  view.setUint32(32, 0); // no next IFD
  return segment;
};

// --- PNG: signature, then length/type/data/CRC chunks from IHDR to IEND.

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Text (author, comments, software, dates), EXIF, edit time; dSIG no longer matches once edited. */
const PNG_METADATA_CHUNKS = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME', 'dSIG']);

const stripPng = (bytes: Uint8Array): Uint8Array => {
  if (!PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) throw new CorruptImageError('Not a PNG: bad signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [bytes.subarray(0, 8)];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const type = ascii(bytes, at + 4, 4);
    const end = at + 12 + length;
    if (end > bytes.length) throw new CorruptImageError(`PNG chunk ${type} overruns the file`);
    if (at === 8 && type !== 'IHDR') throw new CorruptImageError('PNG does not start with IHDR');
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== view.getUint32(at + 8 + length)) {
      throw new CorruptImageError(`PNG chunk ${type} has a bad CRC`);
    }
    if (!PNG_METADATA_CHUNKS.has(type)) kept.push(bytes.subarray(at, end));
    if (type === 'IEND') return concat(kept); // bytes after IEND are dropped
    at = end;
  }
  throw new CorruptImageError('PNG is truncated: no IEND chunk');
};

// --- WebP: a RIFF container; VP8X flags say which optional chunks exist.

const WEBP_METADATA_CHUNKS = new Set(['EXIF', 'XMP ']);
const VP8X_EXIF_FLAG = 0x08;
const VP8X_XMP_FLAG = 0x04;

const stripWebp = (bytes: Uint8Array): Uint8Array => {
  if (bytes.length < 20 || ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WEBP') {
    throw new CorruptImageError('Not a WebP: bad RIFF header');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const riffEnd = 8 + view.getUint32(4, true);
  if (riffEnd > bytes.length) throw new CorruptImageError('WebP is truncated: shorter than its RIFF size');
  const kept: Uint8Array[] = [];
  let hasImage = false;
  let at = 12;
  while (at < riffEnd) {
    if (at + 8 > riffEnd) throw new CorruptImageError('WebP chunk header overruns the file');
    const type = ascii(bytes, at, 4);
    const length = view.getUint32(at + 4, true);
    const end = at + 8 + length + (length % 2);
    if (at + 8 + length > riffEnd) throw new CorruptImageError(`WebP chunk ${type} overruns the file`);
    if (at === 12 && !['VP8 ', 'VP8L', 'VP8X'].includes(type)) throw new CorruptImageError('WebP has no image header');
    if (type === 'VP8 ' || type === 'VP8L' || type === 'ANMF') hasImage = true;
    if (type === 'VP8X') {
      const chunk = bytes.slice(at, Math.min(end, riffEnd));
      chunk[8] = (chunk[8] ?? 0) & ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG);
      kept.push(chunk);
    } else if (!WEBP_METADATA_CHUNKS.has(type)) {
      kept.push(bytes.subarray(at, Math.min(end, riffEnd)));
    }
    at = end;
  }
  if (!hasImage) throw new CorruptImageError('WebP has no image data');
  const body = concat(kept);
  const header = new Uint8Array(12);
  header.set(bytes.subarray(0, 12));
  new DataView(header.buffer).setUint32(4, 4 + body.byteLength, true);
  return concat([header, body]); // bytes after the RIFF end are dropped
};
