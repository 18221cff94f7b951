import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MediaFamily } from '../../../functions/media/allow-list.ts';
import { type InspectionResult, inspectStagedObject } from '../../../functions/media/inspect-upload.ts';
import { makeTestApp } from '../support.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/media');
const fixture = (name: string) => readFile(join(FIXTURES, name));

let deps: Awaited<ReturnType<typeof makeTestApp>>['deps'];
beforeAll(async () => {
  ({ deps } = await makeTestApp());
});

/**
 * Stages bytes in the run's s3rver and inspects them. Not under `uploads/`: the local stack would
 * run the real processing on those and delete them.
 */
const inspect = async (
  bytes: Uint8Array,
  family: MediaFamily,
  options: { contentType?: string; declaredSize?: number } = {},
): Promise<InspectionResult> => {
  const key = `inspection-tests/${randomUUID()}`;
  await deps.s3.send(new PutObjectCommand({ Bucket: deps.mediaBucket, Key: key, Body: bytes }));
  return inspectStagedObject({
    s3: deps.s3,
    bucket: deps.mediaBucket,
    key,
    declared: {
      family,
      contentType: options.contentType ?? 'application/octet-stream',
      size: options.declaredSize ?? bytes.byteLength,
    },
  });
};

const accepted = (result: InspectionResult) => {
  if (!result.ok) throw new Error(`expected acceptance, got ${result.reason.code}: ${result.reason.message}`);
  return result;
};

const rejectionOf = (result: InspectionResult) => {
  if (result.ok) throw new Error(`expected a rejection, got ${JSON.stringify(result.detected)}`);
  expect(result.reason.message.length).toBeGreaterThan(10);
  return result.reason.code;
};

/** A PCM wav of `seconds` of silence, built in memory. */
const silentWav = (seconds: number, sampleRate = 44_100) => {
  const dataBytes = seconds * sampleRate * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const text = (at: number, value: string) => bytes.set(new TextEncoder().encode(value), at);
  text(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  text(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, dataBytes, true);
  return bytes;
};

describe('inspecting staged uploads: accepted files', () => {
  it.each([
    ['speech.mp3', 'audio/mpeg', 'mp3', 2.6, 16_000],
    ['speech.ogg', 'audio/ogg', 'opus', 2.55, 16_000],
    ['speech.wav', 'audio/wav', 'wav', 2.55, 8000],
    ['speech.m4a', 'audio/mp4', 'm4a', 2.6, 16_000],
    ['speech.flac', 'audio/flac', 'flac', 2.55, 16_000],
  ])('accepts %s as %s with its duration', async (name, mime, ext, seconds, sampleRate) => {
    const result = accepted(await inspect(await fixture(name), 'audio'));
    expect(result.detected).toEqual({ mime, ext });
    expect(result.metadata.durationSeconds).toBeCloseTo(seconds, 0);
    expect(Math.abs((result.metadata.durationSeconds ?? 0) - seconds)).toBeLessThan(0.15);
    expect(result.metadata).toMatchObject({ sampleRate });
    expect(result.metadata.channels).toBeGreaterThanOrEqual(1);
    expect(result.metadata.bitrate).toBeGreaterThan(0);
  });

  it('accepts an H.264 + AAC mp4 with its codecs, size and duration', async () => {
    const bytes = await fixture('clip.mp4');
    const result = accepted(await inspect(bytes, 'video', { contentType: 'video/mp4' }));
    expect(result).toMatchObject({ detected: { mime: 'video/mp4', ext: 'mp4' }, size: bytes.byteLength });
    expect(result.metadata).toMatchObject({ videoCodec: 'avc1', width: 64, height: 48 });
    expect(result.metadata.audioCodec).toMatch(/AAC/);
    expect(Math.abs((result.metadata.durationSeconds ?? 0) - 1.5)).toBeLessThan(0.15);
  });

  it('accepts a VP9 + Opus webm', async () => {
    const result = accepted(await inspect(await fixture('clip.webm'), 'video'));
    expect(result.detected).toEqual({ mime: 'video/webm', ext: 'webm' });
    expect(result.metadata).toMatchObject({ videoCodec: 'VP9', audioCodec: 'OPUS', width: 64, height: 48 });
    expect(Math.abs((result.metadata.durationSeconds ?? 0) - 1.5)).toBeLessThan(0.15);
  });

  it.each([
    ['photo-with-gps.jpg', 'image/jpeg', 'jpg'],
    ['photo.png', 'image/png', 'png'],
    ['photo.webp', 'image/webp', 'webp'],
  ])('accepts %s with its dimensions', async (name, mime, ext) => {
    const result = accepted(await inspect(await fixture(name), 'image'));
    expect(result.detected).toEqual({ mime, ext });
    expect(result.metadata).toEqual({ width: 96, height: 64 });
  });

  it('publishes an audio-only mp4 with a generic brand as the m4a it is', async () => {
    const bytes = new Uint8Array(await fixture('speech.m4a'));
    // Same file, major brand 'M4A ' → 'isom' (what many phone recorders write): file-type says video/mp4.
    expect(new TextDecoder().decode(bytes.subarray(8, 12))).toBe('M4A ');
    bytes.set(new TextEncoder().encode('isom'), 8);
    const result = accepted(await inspect(bytes, 'audio', { contentType: 'audio/mp4' }));
    expect(result.detected).toEqual({ mime: 'audio/mp4', ext: 'm4a' });
    expect(rejectionOf(await inspect(bytes, 'video'))).toBe('family-mismatch');
  });
});

describe('inspecting staged uploads: refused files', () => {
  it.each([
    ['page.html.mp3', 'unknown-type'],
    ['drawing.svg.mp3', 'unknown-type'],
    ['archive.zip.mp3', 'type-not-allowed'],
    ['empty.mp3', 'too-small'],
  ])('refuses %s declared as an mp3: %s', async (name, code) => {
    expect(rejectionOf(await inspect(await fixture(name), 'audio', { contentType: 'audio/mpeg' }))).toBe(code);
  });

  it('refuses an mp4 cut in half, whether its index comes first or last', async () => {
    // truncated.mp4: moov first (faststart), media data cut short. The parsers alone would accept it.
    expect(rejectionOf(await inspect(await fixture('truncated.mp4'), 'video'))).toBe('corrupt');
    // mpeg2.mp4 has its moov at the end: cutting it loses the index.
    const whole = await fixture('mpeg2.mp4');
    expect(rejectionOf(await inspect(whole.subarray(0, whole.byteLength / 2), 'video'))).toBe('corrupt');
  });

  it('refuses an mp4 whose video is not H.264', async () => {
    const result = await inspect(await fixture('mpeg2.mp4'), 'video', { contentType: 'video/mp4' });
    expect(rejectionOf(result)).toBe('video-codec-not-allowed');
    expect(!result.ok && result.reason.message).toMatch(/H\.264.*mp4v/);
  });

  it('refuses a file whose real family is not the declared one', async () => {
    expect(rejectionOf(await inspect(await fixture('speech.mp3'), 'video', { contentType: 'video/mp4' }))).toBe(
      'family-mismatch',
    );
    expect(rejectionOf(await inspect(await fixture('clip.mp4'), 'audio'))).toBe('family-mismatch');
    expect(rejectionOf(await inspect(await fixture('photo.png'), 'audio'))).toBe('family-mismatch');
    expect(rejectionOf(await inspect(await fixture('speech.ogg'), 'image'))).toBe('family-mismatch');
  });

  it('refuses sound in a WebM container (not an accepted sound format), and as a video too', async () => {
    const bytes = await fixture('speech.webm');
    const asSound = await inspect(bytes, 'audio', { contentType: 'audio/ogg' });
    expect(rejectionOf(asSound)).toBe('type-not-allowed');
    expect(!asSound.ok && asSound.reason.message).toMatch(/MP3/);
    expect(rejectionOf(await inspect(bytes, 'video', { contentType: 'video/webm' }))).toBe('family-mismatch');
  });

  it('refuses a file whose size is not the one announced', async () => {
    const bytes = await fixture('speech.mp3');
    const result = await inspect(bytes, 'audio', { declaredSize: bytes.byteLength - 1 });
    expect(rejectionOf(result)).toBe('size-mismatch');
    expect(!result.ok && result.reason.message).toContain(String(bytes.byteLength));
  });

  it('refuses a file over its family limit, whatever was announced', async () => {
    const photo = await fixture('photo.png');
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(photo);
    expect(rejectionOf(await inspect(big, 'image', { declaredSize: 1000 }))).toBe('too-large');
  });
});

describe('inspecting staged uploads: streaming', () => {
  it('reads a few windows of a long file, not the whole of it', async () => {
    const wav = silentWav(120); // 10 MB
    const result = accepted(await inspect(wav, 'audio'));
    expect(result.metadata.durationSeconds).toBe(120);
    expect(result.bytesRead).toBeLessThan(512 * 1024);
  });
});

describe("the demo city's media", () => {
  const DEMO = join(import.meta.dirname, '../../../content/demo/media');
  const listed = async <T>(file: string, key: string) =>
    (JSON.parse(await readFile(join(DEMO, file), 'utf8')) as Record<string, T[]>)[key] ?? [];

  it('are small, publishable sound pieces with their transcripts', async () => {
    const clips = await listed<{ file: string; transcript: string; language: string; licence: string }>(
      'clips.json',
      'clips',
    );
    expect(clips.length).toBeGreaterThanOrEqual(24); // 10 for projects, 14 for the two demo trails
    for (const clip of clips) {
      const bytes = await readFile(join(DEMO, clip.file));
      expect(bytes.byteLength).toBeLessThanOrEqual(40 * 1024);
      expect(clip).toMatchObject({
        language: 'fr',
        licence: expect.stringMatching(/^(CC-BY-SA-4\.0|CC-BY-4\.0|CC0-1\.0)$/),
      });
      expect(clip.transcript.length).toBeGreaterThan(50);
      const result = accepted(await inspect(bytes, 'audio', { contentType: 'audio/mpeg' }));
      expect(result.detected.mime).toBe('audio/mpeg');
      expect(result.metadata.durationSeconds).toBeGreaterThan(4);
    }
  });

  it('are small, publishable pictures with alternative text in French and English', async () => {
    const images = await listed<{ file: string; alt: { fr: string; en: string } }>('images.json', 'images');
    expect(images).toHaveLength(3);
    for (const image of images) {
      const bytes = await readFile(join(DEMO, image.file));
      expect(bytes.byteLength).toBeLessThanOrEqual(40 * 1024);
      expect(image.alt.fr.length).toBeGreaterThan(20);
      expect(image.alt.en.length).toBeGreaterThan(20);
      expect(accepted(await inspect(bytes, 'image')).metadata).toEqual({ width: 640, height: 400 });
    }
  });
});
