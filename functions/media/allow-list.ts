import type { MediaFamily } from './schema.ts';

export type { MediaFamily };

/** A file-type result (`fileTypeFromTokenizer`) that counts as one accepted type. */
export interface DetectedSignature {
  mime: string;
  ext: string;
}

/** One kind of file the portal publishes, as data. */
export interface AcceptedType {
  family: MediaFamily;
  /** The Content-Type the published file is served with. */
  mime: string;
  /** The extension of the published file name. */
  ext: string;
  /** What a client may declare when asking to upload one (lower case, no parameters). */
  declared: readonly string[];
  /** What file-type reports for the real bytes of one. */
  detected: readonly DetectedSignature[];
}

const MiB = 1024 * 1024;

/** Anything shorter is empty or a stub, never a real recording or picture. */
export const MIN_BYTES = 128;

export const MAX_BYTES: Readonly<Record<MediaFamily, number>> = {
  audio: 200 * MiB,
  video: 2048 * MiB,
  image: 20 * MiB,
};

/**
 * One accepted type of a family: published as `mime` with extension `ext`, declared as any of
 * `declared`, and recognised by file-type as `detected` (by default, as itself).
 */
const typeOf =
  (family: MediaFamily) =>
  (mime: string, ext: string, declared: string[], detected: DetectedSignature[] = [{ mime, ext }]): AcceptedType => ({
    family,
    mime,
    ext,
    declared,
    detected,
  });
const sound = typeOf('audio');
const video = typeOf('video');
const picture = typeOf('image');

/**
 * Everything that may be published. Anything else (HTML, SVG, XML, archives, executables, whatever
 * file-type cannot name) is refused, whatever its name or declared type. The family a client
 * declares only has to match the family of the real type: a wav declared as audio/mpeg is
 * published as the wav it is.
 */
export const ACCEPTED_TYPES: readonly AcceptedType[] = [
  sound('audio/mpeg', 'mp3', ['audio/mpeg', 'audio/mp3', 'audio/mpeg3', 'audio/x-mpeg-3']),
  // ISO-BMFF with an audio-only brand ('M4A ', 'M4B ').
  sound(
    'audio/mp4',
    'm4a',
    ['audio/mp4', 'audio/x-m4a', 'audio/m4a'],
    [
      { mime: 'audio/x-m4a', ext: 'm4a' },
      { mime: 'audio/mp4', ext: 'm4b' },
    ],
  ),
  sound('audio/aac', 'aac', ['audio/aac', 'audio/x-aac', 'audio/aacp']),
  sound('audio/ogg', 'opus', ['audio/ogg', 'audio/opus'], [{ mime: 'audio/ogg; codecs=opus', ext: 'opus' }]),
  sound('audio/ogg', 'ogg', ['audio/ogg', 'audio/vorbis']),
  sound('audio/wav', 'wav', ['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave']),
  sound('audio/flac', 'flac', ['audio/flac', 'audio/x-flac']),
  // The codecs (H.264 + AAC) are checked on the metadata, not here.
  video(
    'video/mp4',
    'mp4',
    ['video/mp4'],
    [
      { mime: 'video/mp4', ext: 'mp4' },
      { mime: 'video/x-m4v', ext: 'm4v' },
    ],
  ),
  video('video/webm', 'webm', ['video/webm']),
  picture('image/jpeg', 'jpg', ['image/jpeg', 'image/jpg', 'image/pjpeg']),
  picture('image/png', 'png', ['image/png']),
  picture('image/webp', 'webp', ['image/webp']),
];

/** `Audio/MPEG; charset=x` → `audio/mpeg`. */
const essence = (mime: string) => (mime.split(';')[0] ?? '').trim().toLowerCase();

/** The family a declared Content-Type belongs to, or undefined when it is not accepted at all. */
export const familyOfDeclaredType = (mime: string): MediaFamily | undefined => {
  const wanted = essence(mime);
  return ACCEPTED_TYPES.find((type) => type.declared.includes(wanted))?.family;
};

/**
 * The accepted type the real bytes are, given what file-type detected; undefined when they are
 * nothing the portal publishes. Without `family`, looks across all families.
 */
export const acceptedTypeOfDetected = (
  detected: { mime: string; ext?: string },
  family?: MediaFamily,
): AcceptedType | undefined =>
  ACCEPTED_TYPES.find(
    (type) =>
      (family === undefined || type.family === family) &&
      type.detected.some((s) => s.mime === detected.mime && (detected.ext === undefined || s.ext === detected.ext)),
  );

/** True when file-type's `mime` for the real bytes is accepted for this declared family. */
export const isAcceptedDetectedType = (family: MediaFamily, detectedMime: string, detectedExt?: string): boolean =>
  acceptedTypeOfDetected({ mime: detectedMime, ext: detectedExt }, family) !== undefined;

export const maxBytesFor = (family: MediaFamily): number => MAX_BYTES[family];

const MAX_FILE_NAME = 80;

/**
 * The name a published file gets: an ASCII slug of the client's base name plus the extension of
 * the DETECTED type (`Le Port — été.MP3.exe` as an mp3 → `le-port-ete-mp3.mp3`). Never a path:
 * no separators, no dots but the extension's, at most 80 characters; the media id when nothing of
 * the name survives. The client's name is only ever a hint for people downloading the file.
 */
export const safeFileName = (originalName: string, mediaId: string, ext: string): string => {
  const safeExt =
    ext
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 8) || 'bin';
  const base = originalName.split(/[/\\]/).pop() ?? '';
  const withoutExt = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  const room = MAX_FILE_NAME - safeExt.length - 1;
  const slug = withoutExt
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // combining accents: é → e
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, room)
    .replace(/^-+|-+$/g, '');
  const fallback =
    mediaId
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '')
      .slice(0, room) || 'media';
  return `${slug || fallback}.${safeExt}`;
};
