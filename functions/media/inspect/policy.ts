import { ACCEPTED_TYPES, type AcceptedType, MIN_BYTES, maxBytesFor } from '../allow-list.ts';
import type { MediaFamily } from '../schema.ts';

/**
 * What an inspection accepts beyond the allow-list (sizes, video codecs) and how each refusal
 * reads: stable codes for the web layer, plain English for the uploader.
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

export type Rejected = { ok: false; reason: InspectionRejection };

export const reject = (code: InspectionRejectionCode, message: string): Rejected => ({
  ok: false,
  reason: { code, message },
});

export const corrupt = (detail: string) =>
  reject('corrupt', `The file seems damaged or incomplete (${detail}). Please export it again and upload it.`);

export const familyMismatch = (real: MediaFamily, declared: MediaFamily) =>
  reject('family-mismatch', `This file is ${articled(real)}, but it was sent as ${articled(declared)}.`);

/** The size storage reports, against the family's range and what the client announced. */
export const refuseSize = (size: number, declared: { family: MediaFamily; size: number }): Rejected | undefined => {
  const { family } = declared;
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
  return undefined;
};

export const unknownType = () =>
  reject(
    'unknown-type',
    `The content of this file could not be recognised as a sound, a video or a picture. Accepted formats: ${ACCEPTED_NAMES}.`,
  );

export const typeNotAllowed = (detected: { mime: string; ext: string }) =>
  reject(
    'type-not-allowed',
    `This file is really ${describeDetected(detected)}, which cannot be published here. Accepted formats: ${ACCEPTED_NAMES}.`,
  );

/** Sound alone in a video container other than mp4 (which, sound alone, is an m4a). */
export const soundNotAllowedIn = (type: AcceptedType) =>
  reject('type-not-allowed', `Sound in a ${type.ext.toUpperCase()} file cannot be published here. ${SOUND_ADVICE}`);

const H264_SAMPLE_ENTRIES = new Set(['avc1', 'avc3']);
const WEBM_VIDEO_CODECS = new Set(['VP8', 'VP9', 'AV1']);
const WEBM_AUDIO_CODECS = new Set(['OPUS', 'VORBIS']);

/** MP4 must be H.264 video with AAC sound (what every browser plays); WebM what WebM allows. */
export const refuseVideoCodecs = (type: AcceptedType, videoCodec?: string, audioCodec?: string): string | undefined => {
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

const namesOf = (types: readonly AcceptedType[]) =>
  [...new Set(types.map((type) => type.ext.toUpperCase()))].join(', ');
const ACCEPTED_NAMES = namesOf(ACCEPTED_TYPES);
const SOUND_ADVICE = `Accepted sound formats: ${namesOf(ACCEPTED_TYPES.filter((type) => type.family === 'audio'))}.`;

const describeCodec = (codec?: string) => (codec ? `"${codec.replace(/[<>]/g, '')}"` : 'an unknown codec');

const describeDetected = (type: { mime: string; ext: string }) => `a ${type.ext.toUpperCase()} file (${type.mime})`;

const articled = (family: MediaFamily) => ({ audio: 'a sound', video: 'a video', image: 'a picture' })[family];

const MiB = 1024 * 1024;
const formatBytes = (bytes: number) =>
  bytes >= 1024 * MiB ? `${(bytes / (1024 * MiB)).toFixed(1)} GB` : `${(bytes / MiB).toFixed(1)} MB`;
