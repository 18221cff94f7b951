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
 * Everything that may be published. Anything else (HTML, SVG, XML, archives, executables, whatever
 * file-type cannot name) is refused, whatever its name or declared type. The family a client
 * declares only has to match the family of the real type: a wav declared as audio/mpeg is
 * published as the wav it is.
 */
export const ACCEPTED_TYPES: readonly AcceptedType[] = [
  {
    family: 'audio',
    mime: 'audio/mpeg',
    ext: 'mp3',
    declared: ['audio/mpeg', 'audio/mp3', 'audio/mpeg3', 'audio/x-mpeg-3'],
    detected: [{ mime: 'audio/mpeg', ext: 'mp3' }],
  },
  {
    family: 'audio',
    mime: 'audio/mp4',
    ext: 'm4a',
    declared: ['audio/mp4', 'audio/x-m4a', 'audio/m4a'],
    // ISO-BMFF with an audio-only brand ('M4A ', 'M4B ').
    detected: [
      { mime: 'audio/x-m4a', ext: 'm4a' },
      { mime: 'audio/mp4', ext: 'm4b' },
    ],
  },
  {
    family: 'audio',
    mime: 'audio/aac',
    ext: 'aac',
    declared: ['audio/aac', 'audio/x-aac', 'audio/aacp'],
    detected: [{ mime: 'audio/aac', ext: 'aac' }],
  },
  {
    family: 'audio',
    mime: 'audio/ogg',
    ext: 'opus',
    declared: ['audio/ogg', 'audio/opus'],
    detected: [{ mime: 'audio/ogg; codecs=opus', ext: 'opus' }],
  },
  {
    family: 'audio',
    mime: 'audio/ogg',
    ext: 'ogg',
    declared: ['audio/ogg', 'audio/vorbis'],
    detected: [{ mime: 'audio/ogg', ext: 'ogg' }],
  },
  {
    family: 'audio',
    mime: 'audio/wav',
    ext: 'wav',
    declared: ['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave'],
    detected: [{ mime: 'audio/wav', ext: 'wav' }],
  },
  {
    family: 'audio',
    mime: 'audio/flac',
    ext: 'flac',
    declared: ['audio/flac', 'audio/x-flac'],
    detected: [{ mime: 'audio/flac', ext: 'flac' }],
  },
  {
    family: 'video',
    mime: 'video/mp4',
    ext: 'mp4',
    declared: ['video/mp4'],
    // The codecs (H.264 + AAC) are checked on the metadata, not here.
    detected: [
      { mime: 'video/mp4', ext: 'mp4' },
      { mime: 'video/x-m4v', ext: 'm4v' },
    ],
  },
  {
    family: 'video',
    mime: 'video/webm',
    ext: 'webm',
    declared: ['video/webm'],
    detected: [{ mime: 'video/webm', ext: 'webm' }],
  },
  {
    family: 'image',
    mime: 'image/jpeg',
    ext: 'jpg',
    declared: ['image/jpeg', 'image/jpg', 'image/pjpeg'],
    detected: [{ mime: 'image/jpeg', ext: 'jpg' }],
  },
  {
    family: 'image',
    mime: 'image/png',
    ext: 'png',
    declared: ['image/png'],
    detected: [{ mime: 'image/png', ext: 'png' }],
  },
  {
    family: 'image',
    mime: 'image/webp',
    ext: 'webp',
    declared: ['image/webp'],
    detected: [{ mime: 'image/webp', ext: 'webp' }],
  },
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
