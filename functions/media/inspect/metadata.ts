import { ACCEPTED_TYPES, type AcceptedType } from '../allow-list.ts';
import type { MediaFamily } from '../schema.ts';
import { readImageDimensions } from './image-dimensions.ts';
import { readIsoBmffLayout } from './iso-bmff.ts';
import { readOggDuration } from './ogg.ts';
import { corrupt, familyMismatch, type Rejected, refuseVideoCodecs, reject, soundNotAllowedIn } from './policy.ts';
import { DURATION_SCAN_BUDGET_BYTES, HEADER_BUDGET_BYTES, type S3RangeReader } from './range-reader.ts';
import { ReadBudgetExceededError } from './range-tokenizer.ts';

/**
 * What the headers of an accepted type say: the family it really is, the type it is published
 * as, and the technical metadata shown with it (duration, codecs, size in pixels).
 */

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

export type Verdict =
  | { ok: true; detected: { mime: string; ext: string }; metadata: MediaTechnicalMetadata }
  | Rejected;

export const inspectPicture = async (
  reader: S3RangeReader,
  type: AcceptedType,
  family: MediaFamily,
): Promise<Verdict> => {
  if (family !== 'image') return familyMismatch('image', family);
  const dimensions = await readImageDimensions(reader.tokenizer(HEADER_BUDGET_BYTES), type.mime);
  if (!dimensions) return corrupt('its dimensions cannot be read');
  return { ok: true, detected: published(type), metadata: dimensions };
};

export const inspectSoundOrVideo = async (
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
    if (detected.ext !== 'mp4') return soundNotAllowedIn(detected);
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

const published = (type: AcceptedType) => ({ mime: type.mime, ext: type.ext });

const withoutUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
