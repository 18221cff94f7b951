import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { fileTypeFromTokenizer } from 'file-type';
import { type IAudioMetadata, type IOptions, parseFromTokenizer } from 'music-metadata';
import {
  AbstractTokenizer,
  EndOfStreamError,
  type IRandomAccessFileInfo,
  type IRandomAccessTokenizer,
  type IReadChunkOptions,
} from 'strtok3';
import { isDependencyFailure } from '../platform/errors.ts';
import { logger } from '../platform/logger.ts';
import { ACCEPTED_TYPES, type AcceptedType, acceptedTypeOfDetected, MIN_BYTES, maxBytesFor } from './allow-list.ts';
import type { MediaFamily } from './schema.ts';

/**
 * Looks at the real bytes of a staged upload — never trusting its name, declared type or size —
 * and says whether it may be published, as what, and with which technical metadata.
 *
 * The object is read through ranged GETs, a window at a time (file-type and music-metadata read
 * a few headers and jump over the media data), so a 2 GB video costs a few requests and about
 * the same memory as a 1 MB sound. Parsers that would scan a whole file (the exact duration of a
 * VBR mp3 without a Xing header) stop at a byte budget.
 */

export const INSPECTION_REJECTION_CODES = [
  'size-mismatch',
  'too-large',
  'too-small',
  'unknown-type',
  'type-not-allowed',
  'family-mismatch',
  'corrupt',
  'video-codec-not-allowed',
] as const;
export type InspectionRejectionCode = (typeof INSPECTION_REJECTION_CODES)[number];

export interface InspectionRejection {
  /** Stable: the web layer translates by code. */
  code: InspectionRejectionCode;
  /** English, for the uploader. */
  message: string;
}

export interface MediaTechnicalMetadata {
  durationSeconds?: number;
  codec?: string;
  audioCodec?: string;
  videoCodec?: string;
  bitrate?: number;
  sampleRate?: number;
  channels?: number;
  width?: number;
  height?: number;
}

export type InspectionResult =
  | {
      ok: true;
      /** The type the file is published as (canonical MIME type and extension of the allow-list). */
      detected: { mime: string; ext: string };
      size: number;
      metadata: MediaTechnicalMetadata;
      /** The ETag inspected, for a copy that must be of these very bytes (CopySourceIfMatch). */
      etag?: string;
      /** How much of the object was read, to keep an eye on the streaming. */
      bytesRead: number;
    }
  | { ok: false; reason: InspectionRejection };

export interface InspectionRequest {
  s3: S3Client;
  bucket: string;
  key: string;
  declared: { family: MediaFamily; contentType: string; size: number };
}

const KiB = 1024;
const MiB = 1024 * KiB;
/**
 * A first read at a new place fetches this much (a jump over media data, to the next header, reads
 * little: a fragmented mp4 is one jump per fragment); reading on from there doubles it, up to the max.
 */
const FIRST_WINDOW_BYTES = 16 * KiB;
const MAX_WINDOW_BYTES = 1 * MiB;
/** The largest single read a parser may ask for (an ID3 tag with its cover art, an mp4 sample table). */
const MAX_SINGLE_READ_BYTES = 32 * MiB;
/** Reading headers should never need more; past it the file is considered unreadable. */
const HEADER_BUDGET_BYTES = 64 * MiB;
/** Scanning for a duration no header gives stops here; the file is then published without one. */
const DURATION_SCAN_BUDGET_BYTES = 32 * MiB;

export const inspectStagedObject = async ({
  s3,
  bucket,
  key,
  declared,
}: InspectionRequest): Promise<InspectionResult> => {
  const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  const size = head.ContentLength ?? 0;
  const etag = head.ETag;
  const family = declared.family;

  if (size < MIN_BYTES) {
    return reject('too-small', `The file is empty or too small (${size} bytes) to be a real ${family} file.`);
  }
  if (size > maxBytesFor(family)) {
    return reject(
      'too-large',
      `This ${family} file is ${formatBytes(size)}; the limit is ${formatBytes(maxBytesFor(family))}.`,
    );
  }
  if (size !== declared.size) {
    return reject(
      'size-mismatch',
      `The file received is ${size} bytes, but ${declared.size} bytes were announced. Please upload it again.`,
    );
  }

  const reader = new S3RangeReader({ s3, bucket, key, etag, size });
  const fileType = await fileTypeFromTokenizer(reader.tokenizer(HEADER_BUDGET_BYTES)).catch((error: unknown) => {
    if (isAboutTheBytes(error)) return undefined;
    throw error;
  });
  if (!fileType) {
    return reject(
      'unknown-type',
      `The content of this file could not be recognised as a sound, a video or a picture. Accepted formats: ${ACCEPTED_NAMES}.`,
    );
  }
  const accepted = acceptedTypeOfDetected(fileType);
  if (!accepted) {
    return reject(
      'type-not-allowed',
      `This file is really ${describeDetected(fileType)}, which cannot be published here. Accepted formats: ${ACCEPTED_NAMES}.`,
    );
  }

  try {
    const verdict =
      accepted.family === 'image'
        ? await inspectPicture(reader, accepted, family)
        : await inspectSoundOrVideo(reader, fileType.mime, accepted, family);
    if (!verdict.ok) return verdict;
    return { ...verdict, size, etag, bytesRead: reader.bytesRead };
  } catch (error) {
    if (!isAboutTheBytes(error)) throw error;
    // A parser gave up: the uploader gets a plain reason; the parser's own words go to the log.
    logger.warn('staged object unreadable; rejected as corrupt', { key, detected: fileType, error });
    return corrupt(error instanceof ReadBudgetExceededError ? 'its headers are unusually large' : 'it cannot be read');
  }
};

type Verdict = { ok: true; detected: { mime: string; ext: string }; metadata: MediaTechnicalMetadata } | RejectedResult;
type RejectedResult = Extract<InspectionResult, { ok: false }>;

const inspectPicture = async (reader: S3RangeReader, type: AcceptedType, family: MediaFamily): Promise<Verdict> => {
  if (family !== 'image') return familyMismatch('image', family);
  const dimensions = await readImageDimensions(reader.tokenizer(HEADER_BUDGET_BYTES), type.mime);
  if (!dimensions) return corrupt('its dimensions cannot be read');
  return { ok: true, detected: published(type), metadata: dimensions };
};

const inspectSoundOrVideo = async (
  reader: S3RangeReader,
  detectedMime: string,
  detected: AcceptedType,
  family: MediaFamily,
): Promise<Verdict> => {
  // Only a video container may turn out to hold sound alone; anything else is what it says.
  if (detected.family !== family && !(detected.family === 'video' && family === 'audio')) {
    return familyMismatch(detected.family, family);
  }
  const isoBmff = detected.mime === 'video/mp4' || detected.mime === 'audio/mp4';
  const layout = isoBmff ? await readIsoBmffLayout(reader.tokenizer(HEADER_BUDGET_BYTES)) : undefined;
  if (layout && !layout.complete) return corrupt(layout.problem);

  const { format } = await reader.parse(detectedMime, { duration: false }, HEADER_BUDGET_BYTES);
  const tracks = format.trackInfo ?? [];
  const videoTrack = layout ? layout.tracks.find((t) => t.handler === 'vide') : undefined;
  const matroskaVideo = tracks.find((t) => t.type === 1);
  const hasVideo = layout ? videoTrack !== undefined : matroskaVideo !== undefined;

  let type = detected;
  if (detected.family === 'video' && !hasVideo) {
    if (family === 'video') return familyMismatch('audio', 'video');
    // An audio-only mp4 with a generic brand ('isom', 'mp42': many phone recorders) is an m4a.
    if (detected.ext !== 'mp4') {
      return reject(
        'type-not-allowed',
        `Sound in a ${detected.ext.toUpperCase()} file cannot be published here. ${SOUND_ADVICE}`,
      );
    }
    type = ACCEPTED_TYPES.find((t) => t.ext === 'm4a') ?? detected;
  } else if (detected.family === 'video' && family === 'audio') {
    return familyMismatch('video', 'audio');
  }
  if (!format.hasAudio && family === 'audio') return corrupt('no sound stream was found');

  const metadata: MediaTechnicalMetadata = {
    codec: format.codec,
    audioCodec: format.hasAudio ? format.codec : undefined,
    sampleRate: format.sampleRate,
    channels: format.numberOfChannels,
    bitrate: format.bitrate ? Math.round(format.bitrate) : undefined,
  };
  if (family === 'video') {
    const videoCodec = layout ? videoTrack?.codec : matroskaVideo?.codecName;
    const refusal = refuseVideoCodecs(type, videoCodec, metadata.audioCodec);
    if (refusal) return reject('video-codec-not-allowed', refusal);
    Object.assign(metadata, {
      codec: videoCodec,
      videoCodec,
      width: layout ? videoTrack?.width : matroskaVideo?.video?.pixelWidth,
      height: layout ? videoTrack?.height : matroskaVideo?.video?.pixelHeight,
    });
  }

  // The duration, from headers when they give it; otherwise found without reading everything.
  // WebM from a browser's MediaRecorder has none, legitimately.
  const durationOptional = type.ext === 'webm';
  let duration = format.duration;
  let scannedInFull = true;
  if (duration === undefined && format.container === 'Ogg') {
    duration = await readOggDuration(reader.tokenizer(HEADER_BUDGET_BYTES), format);
  } else if (duration === undefined && !durationOptional) {
    try {
      duration = (await reader.parse(detectedMime, { duration: true }, DURATION_SCAN_BUDGET_BYTES)).format.duration;
    } catch (error) {
      if (!(error instanceof ReadBudgetExceededError)) throw error;
      scannedInFull = false; // a long VBR file: published without a duration rather than read in full
    }
  }
  if (duration !== undefined && !(duration > 0)) return corrupt('it contains no sound or picture');
  if (duration === undefined && scannedInFull && !durationOptional) return corrupt('its length cannot be found');
  if (duration !== undefined) {
    metadata.durationSeconds = Math.round(duration * 1000) / 1000;
    metadata.bitrate ??= Math.round((reader.size * 8) / duration);
  }
  return { ok: true, detected: published(type), metadata: withoutUndefined(metadata) };
};

// --- Rules and messages.

const namesOf = (types: readonly AcceptedType[]) =>
  [...new Set(types.map((type) => type.ext.toUpperCase()))].join(', ');
const ACCEPTED_NAMES = namesOf(ACCEPTED_TYPES);
const SOUND_ADVICE = `Accepted sound formats: ${namesOf(ACCEPTED_TYPES.filter((type) => type.family === 'audio'))}.`;

const H264_SAMPLE_ENTRIES = new Set(['avc1', 'avc3']);
const WEBM_VIDEO_CODECS = new Set(['VP8', 'VP9', 'AV1']);
const WEBM_AUDIO_CODECS = new Set(['OPUS', 'VORBIS']);

/** MP4 must be H.264 video with AAC sound (what every browser plays); WebM what WebM allows. */
const refuseVideoCodecs = (type: AcceptedType, videoCodec?: string, audioCodec?: string): string | undefined => {
  const advice = 'Export it again as MP4 (H.264 video, AAC sound) or WebM, for instance with HandBrake.';
  if (type.ext === 'mp4') {
    if (!videoCodec || !H264_SAMPLE_ENTRIES.has(videoCodec)) {
      return `MP4 videos must use H.264 video; this one uses ${describeCodec(videoCodec)}. ${advice}`;
    }
    if (audioCodec && !/\bAAC\b/i.test(audioCodec)) {
      return `MP4 videos must use AAC sound; this one uses ${describeCodec(audioCodec)}. ${advice}`;
    }
  }
  if (type.ext === 'webm') {
    if (!videoCodec || !WEBM_VIDEO_CODECS.has(videoCodec.toUpperCase())) {
      return `WebM videos must use VP8, VP9 or AV1 video; this one uses ${describeCodec(videoCodec)}. ${advice}`;
    }
    if (audioCodec && !WEBM_AUDIO_CODECS.has(audioCodec.toUpperCase())) {
      return `WebM videos must use Opus or Vorbis sound; this one uses ${describeCodec(audioCodec)}. ${advice}`;
    }
  }
  return undefined;
};

const describeCodec = (codec?: string) => (codec ? `"${codec.replace(/[<>]/g, '')}"` : 'an unknown codec');

const describeDetected = (type: { mime: string; ext: string }) => `a ${type.ext.toUpperCase()} file (${type.mime})`;

const published = (type: AcceptedType) => ({ mime: type.mime, ext: type.ext });

const reject = (code: InspectionRejectionCode, message: string): RejectedResult => ({
  ok: false,
  reason: { code, message },
});

const corrupt = (detail: string) =>
  reject('corrupt', `The file seems damaged or incomplete (${detail}). Please export it again and upload it.`);

const familyMismatch = (real: MediaFamily, declared: MediaFamily) =>
  reject('family-mismatch', `This file is ${articled(real)}, but it was sent as ${articled(declared)}.`);

const articled = (family: MediaFamily) => ({ audio: 'a sound', video: 'a video', image: 'a picture' })[family];

const formatBytes = (bytes: number) =>
  bytes >= 1024 * MiB ? `${(bytes / (1024 * MiB)).toFixed(1)} GB` : `${(bytes / MiB).toFixed(1)} MB`;

/**
 * Errors that mean "these bytes are not what they claim" (a parser gave up, a budget ran out), as
 * opposed to storage failing or the object changing under us: those propagate, and the event is
 * retried.
 */
const isAboutTheBytes = (error: unknown) =>
  error instanceof Error && !('$metadata' in error) && !isDependencyFailure(error) && error.name !== 'AbortError';

const withoutUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

// --- Reading S3 a window at a time.

/** A parser wanted more bytes than its budget: the caller decides what that means. */
export class ReadBudgetExceededError extends Error {
  constructor(budget: number) {
    super(`Read budget of ${budget} bytes exceeded`);
    this.name = 'ReadBudgetExceededError';
  }
}

/**
 * One staged object, read by ranged GETs. Each tokenizer holds at most two windows of at most
 * MAX_WINDOW_BYTES each (or of one oversized read), never the object. `@tokenizer/s3`'s chunked
 * tokenizer is not used: it keeps every chunk it ever fetched (a scan holds the whole file) and
 * fetches 1 KB at a time (scanning a long mp3 takes hundreds of thousands of requests).
 */
class S3RangeReader {
  bytesRead = 0;
  get size(): number {
    return this.source.size;
  }
  private readonly source: { s3: S3Client; bucket: string; key: string; etag?: string; size: number };
  /** The last range fetched, shared by the tokenizers: each pass starts by re-reading the headers. */
  private last: { start: number; bytes: Uint8Array } | undefined;

  constructor(source: { s3: S3Client; bucket: string; key: string; etag?: string; size: number }) {
    this.source = source;
  }

  /** A fresh tokenizer at position 0 (parsers adjust `fileInfo.size`, so each gets its own). */
  tokenizer(budgetBytes: number): S3RangeTokenizer {
    return new S3RangeTokenizer(this.source.size, budgetBytes, (start, length) => this.fetchRange(start, length));
  }

  private async fetchRange(start: number, length: number): Promise<Uint8Array> {
    const last = this.last;
    if (last && start >= last.start && start + length <= last.start + last.bytes.byteLength) {
      return last.bytes.subarray(start - last.start, start - last.start + length);
    }
    this.last = undefined;
    const { s3, bucket, key, etag } = this.source;
    const response = await s3.send(
      // IfMatch: every range must come from the object whose size was checked.
      new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=${start}-${start + length - 1}`, IfMatch: etag }),
    );
    const bytes = await readExactly(response.Body, length);
    if (!bytes) throw new Error(`Range read of ${key} did not return the ${length} bytes asked for`);
    this.bytesRead += length;
    this.last = { start, bytes };
    return bytes;
  }

  parse(mime: string, options: IOptions, budgetBytes: number): Promise<IAudioMetadata> {
    const tokenizer = this.tokenizer(budgetBytes);
    tokenizer.fileInfo.mimeType = mime; // parse as what file-type found, not what was declared
    return parseFromTokenizer(tokenizer, { ...options, skipCovers: true, mkvUseIndex: true });
  }
}

/**
 * Copies a response body into one buffer of the expected length as it streams in (instead of
 * collecting the chunks and concatenating them), halving the garbage a long scan leaves behind.
 */
const readExactly = async (body: unknown, length: number): Promise<Uint8Array | undefined> => {
  if (!body || typeof body !== 'object' || !(Symbol.asyncIterator in body)) return undefined;
  const bytes = new Uint8Array(length);
  let filled = 0;
  for await (const chunk of body as AsyncIterable<Uint8Array>) {
    if (filled + chunk.byteLength > length) return undefined;
    bytes.set(chunk, filled);
    filled += chunk.byteLength;
  }
  return filled === length ? bytes : undefined;
};

type FetchRange = (start: number, length: number) => Promise<Uint8Array>;

/** A random-access strtok3 tokenizer over a byte range source, holding at most two windows of it. */
export class S3RangeTokenizer extends AbstractTokenizer implements IRandomAccessTokenizer {
  fileInfo: IRandomAccessFileInfo;
  private readonly budgetBytes: number;
  private readonly fetchRange: FetchRange;
  private fetched = 0;
  private windows: { start: number; bytes: Uint8Array }[] = [];
  private nextWindowBytes = FIRST_WINDOW_BYTES;

  constructor(size: number, budgetBytes: number, fetchRange: FetchRange) {
    super({ maxBufferSize: MAX_SINGLE_READ_BYTES });
    this.fileInfo = { size };
    this.budgetBytes = budgetBytes;
    this.fetchRange = fetchRange;
  }

  supportsRandomAccess(): boolean {
    return true;
  }

  setPosition(position: number): void {
    this.validateLength(position, 'position');
    this.position = position;
  }

  async readBuffer(target: Uint8Array, options?: IReadChunkOptions): Promise<number> {
    const { position } = this.normalizeOptions(target, options);
    const count = await this.peekBuffer(target, options);
    this.position = position + count;
    return count;
  }

  async peekBuffer(target: Uint8Array, options?: IReadChunkOptions): Promise<number> {
    const { length, position, mayBeLess } = this.normalizeOptions(target, options);
    const count = Math.max(0, Math.min(length, this.fileInfo.size - position));
    if (count < length && !mayBeLess) throw new EndOfStreamError();
    this.validateBufferSize(count);
    let filled = 0;
    while (filled < count) {
      const at = position + filled;
      const window = await this.windowAt(at, count - filled);
      const n = Math.min(count - filled, window.start + window.bytes.byteLength - at);
      target.set(window.bytes.subarray(at - window.start, at - window.start + n), filled);
      filled += n;
    }
    return count;
  }

  private async windowAt(at: number, wanted: number) {
    const hit = this.windows.find((w) => at >= w.start && at < w.start + w.bytes.byteLength);
    if (hit) return hit;
    // Reading on past the newest window (parsers also step back a little across its start) is a
    // scan: grow the window to cut requests. Anywhere else is a jump: start small again.
    const newest = this.windows.at(-1);
    const scanning =
      newest !== undefined &&
      at >= newest.start - MAX_WINDOW_BYTES &&
      at < newest.start + newest.bytes.byteLength + this.nextWindowBytes;
    this.nextWindowBytes = scanning ? Math.min(this.nextWindowBytes * 2, MAX_WINDOW_BYTES) : FIRST_WINDOW_BYTES;
    const length = Math.min(Math.max(wanted, this.nextWindowBytes), this.fileInfo.size - at);
    if (this.fetched + length > this.budgetBytes) throw new ReadBudgetExceededError(this.budgetBytes);
    // At most two windows are held: the newest and the one before, for reads across their border.
    this.windows = newest ? [newest] : [];
    const window = { start: at, bytes: await this.fetchRange(at, length) };
    this.fetched += length;
    this.windows.push(window);
    return window;
  }
}

// --- Pictures: width and height from the first headers.

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const u16be = (b: Uint8Array, i: number) => view(b).getUint16(i);
const u16le = (b: Uint8Array, i: number) => view(b).getUint16(i, true);
const u24le = (b: Uint8Array, i: number) => view(b).getUint16(i, true) | (view(b).getUint8(i + 2) << 16);
const u32be = (b: Uint8Array, i: number) => view(b).getUint32(i);
const u32le = (b: Uint8Array, i: number) => view(b).getUint32(i, true);
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

const peekAt = async (tokenizer: IRandomAccessTokenizer, position: number, length: number) => {
  const bytes = new Uint8Array(length);
  const read = await tokenizer.peekBuffer(bytes, { position, mayBeLess: true });
  return bytes.subarray(0, read);
};

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

// --- ISO-BMFF (mp4, m4a): the box layout, to catch truncation and read the tracks.

interface IsoBmffTrack {
  /** 'vide', 'soun', … (hdlr). */
  handler?: string;
  /** The first sample entry's format: 'avc1', 'mp4v', 'mp4a', … (stsd). */
  codec?: string;
  width?: number;
  height?: number;
}

type IsoBmffLayout =
  | { complete: true; tracks: IsoBmffTrack[]; width?: number; height?: number }
  | { complete: false; problem: string };

interface Box {
  type: string;
  start: number;
  /** Where the payload starts (after the 8- or 16-byte header). */
  body: number;
  end: number;
}

/** The boxes between start and end; at the top level, only up to the first fragment (moof). */
const readBoxes = async (tokenizer: IRandomAccessTokenizer, start: number, end: number): Promise<Box[] | string> => {
  const boxes: Box[] = [];
  let at = start;
  while (at + 8 <= end) {
    // Fragmented: one moof+mdat pair per second or so. music-metadata reads them all anyway and
    // refuses an atom that runs past the end of the file, so this walk stops here.
    if (boxes.at(-1)?.type === 'moof') return boxes;
    if (boxes.length > 10_000) return 'too many boxes';
    const h = await peekAt(tokenizer, at, 16);
    let size = u32be(h, 0);
    let body = at + 8;
    if (size === 1) {
      if (h.length < 16) return 'a box header is cut short';
      size = Number(view(h).getBigUint64(8));
      body = at + 16;
    } else if (size === 0) {
      size = end - at; // "to the end of the enclosing space"
    }
    if (size < body - at || at + size > end) return `the ${ascii(h, 4, 4)} box runs past the end of the file`;
    boxes.push({ type: ascii(h, 4, 4), start: at, body, end: at + size });
    at += size;
  }
  if (at !== end && end - at < 8 && start === 0) return 'the file ends in the middle of a box';
  return boxes;
};

const readIsoBmffLayout = async (tokenizer: IRandomAccessTokenizer): Promise<IsoBmffLayout> => {
  const top = await readBoxes(tokenizer, 0, tokenizer.fileInfo.size);
  if (typeof top === 'string') return { complete: false, problem: top };
  const moov = top.find((box) => box.type === 'moov');
  if (!moov) return { complete: false, problem: 'the index of the file (moov) is missing' };
  if (!top.some((box) => box.type === 'mdat' || box.type === 'moof')) {
    return { complete: false, problem: 'there is no media data' };
  }
  const tracks: IsoBmffTrack[] = [];
  const moovChildren = await readBoxes(tokenizer, moov.body, moov.end);
  if (typeof moovChildren === 'string') return { complete: false, problem: moovChildren };
  for (const trak of moovChildren.filter((box) => box.type === 'trak')) {
    const track: IsoBmffTrack = {};
    const children = await readBoxes(tokenizer, trak.body, trak.end);
    if (typeof children === 'string') return { complete: false, problem: children };
    const tkhd = children.find((box) => box.type === 'tkhd');
    if (tkhd) {
      const b = await peekAt(tokenizer, tkhd.body, Math.min(96, tkhd.end - tkhd.body));
      const at = 4 + (b[0] === 1 ? 32 : 20) + 52; // version, times/ids, then layer…matrix
      if (b.length >= at + 8) {
        track.width = Math.round(u32be(b, at) / 65536);
        track.height = Math.round(u32be(b, at + 4) / 65536);
      }
    }
    const mdia = children.find((box) => box.type === 'mdia');
    const mdiaChildren = mdia ? await readBoxes(tokenizer, mdia.body, mdia.end) : [];
    if (typeof mdiaChildren === 'string') return { complete: false, problem: mdiaChildren };
    const hdlr = mdiaChildren.find((box) => box.type === 'hdlr');
    if (hdlr) track.handler = ascii(await peekAt(tokenizer, hdlr.body + 8, 4), 0, 4);
    const minf = mdiaChildren.find((box) => box.type === 'minf');
    const minfChildren = minf ? await readBoxes(tokenizer, minf.body, minf.end) : [];
    if (typeof minfChildren === 'string') return { complete: false, problem: minfChildren };
    const stbl = minfChildren.find((box) => box.type === 'stbl');
    const stblChildren = stbl ? await readBoxes(tokenizer, stbl.body, stbl.end) : [];
    if (typeof stblChildren === 'string') return { complete: false, problem: stblChildren };
    const stsd = stblChildren.find((box) => box.type === 'stsd');
    if (stsd) track.codec = ascii(await peekAt(tokenizer, stsd.body + 12, 4), 0, 4); // version/flags, count, size
    tracks.push(track);
  }
  const video = tracks.find((track) => track.handler === 'vide');
  return { complete: true, tracks, width: video?.width || undefined, height: video?.height || undefined };
};

// --- Ogg: the duration is the granule position of the last page; read it from the end.

const readOggDuration = async (tokenizer: IRandomAccessTokenizer, format: IAudioMetadata['format']) => {
  const size = tokenizer.fileInfo.size;
  const first = await peekAt(tokenizer, 0, 512);
  const opusHead = ascii(first, 0, first.length).indexOf('OpusHead');
  const isOpus = format.codec?.toLowerCase() === 'opus';
  // Opus granules count 48 kHz samples whatever the input rate, minus the encoder's pre-skip.
  const rate = isOpus ? 48_000 : format.sampleRate;
  const preSkip = isOpus && opusHead + 12 <= first.length ? u16le(first, opusHead + 10) : 0;
  if (!rate) return undefined;
  const tailStart = Math.max(0, size - 64 * KiB);
  const tail = await peekAt(tokenizer, tailStart, size - tailStart);
  for (let at = tail.length - 27; at >= 0; at--) {
    if (tail[at] !== 0x4f || ascii(tail, at, 4) !== 'OggS' || tail[at + 4] !== 0) continue;
    const granule = view(tail).getBigInt64(at + 6, true);
    if (granule > 0n) return Number(granule - BigInt(preSkip)) / rate;
  }
  return undefined;
};
