import { describe, expect, it } from 'vitest';
import { MULTIPART_PART_BYTES } from '../../../functions/media/request-upload.ts';
import { getMedia } from '../../../functions/media/store.ts';
import { personWithRole } from '../accounts-support.ts';
import { uploadRequestBody } from '../media-support.ts';
import { browserHeaders, makeTestApp, problemOf } from '../support.ts';

/** A valid WAV of silence of exactly `size` bytes (16-bit stereo, 44.1 kHz). */
const silentWav = (size: number) => {
  const wav = Buffer.alloc(size);
  const data = size - 44;
  wav.write('RIFF', 0);
  wav.writeUInt32LE(size - 8, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(2, 22);
  wav.writeUInt32LE(44_100, 24);
  wav.writeUInt32LE(44_100 * 4, 28);
  wav.writeUInt16LE(4, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36);
  wav.writeUInt32LE(data, 40);
  return wav;
};

describe('multipart uploads (files over 100 MB)', () => {
  it('uploads in parts, resumes from the parts storage has, completes once, and publishes', async () => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const size = 100 * 1024 * 1024 + 4 * 1024 + 44;
    const wav = silentWav(size);
    const call = (path: string, method: string, body?: unknown) =>
      test.app.request(path, {
        method,
        headers: browserHeaders(citizen.cookie),
        body: body === undefined ? undefined : JSON.stringify(body),
      });

    const created = (await (
      await call('/api/uploads', 'POST', uploadRequestBody({ fileName: 'silence.wav', contentType: 'audio/wav', size }))
    ).json()) as { mediaId: string; upload: { mode: string; partSize: number; partCount: number } };
    expect(created.upload).toEqual({ mode: 'multipart', partSize: MULTIPART_PART_BYTES, partCount: 7 });
    const { mediaId } = created;

    const numbers = Array.from({ length: 7 }, (_, i) => i + 1);
    const { parts } = (await (
      await call(`/api/uploads/${mediaId}/parts`, 'POST', { partNumbers: numbers })
    ).json()) as {
      parts: { partNumber: number; url: string }[];
    };
    const sendPart = async ({ partNumber, url }: { partNumber: number; url: string }) => {
      const chunk = wav.subarray((partNumber - 1) * MULTIPART_PART_BYTES, partNumber * MULTIPART_PART_BYTES);
      const response = await fetch(url, { method: 'PUT', body: chunk });
      expect(response.ok).toBe(true);
      return { partNumber, etag: response.headers.get('etag') ?? '' };
    };

    // The connection "drops" after three parts; the page asks storage what it already has.
    const sent = [];
    for (const part of parts.slice(0, 3)) sent.push(await sendPart(part));
    const listed = (await (await call(`/api/uploads/${mediaId}/parts`, 'GET')).json()) as {
      parts: { partNumber: number }[];
    };
    expect(listed.parts.map((p) => p.partNumber)).toEqual([1, 2, 3]);
    for (const part of parts.slice(3)) sent.push(await sendPart(part));

    const completed = await call(`/api/uploads/${mediaId}/complete`, 'POST', { parts: sent });
    expect(completed.status).toBe(200);
    const again = await problemOf(await call(`/api/uploads/${mediaId}/complete`, 'POST', { parts: sent }));
    expect(again.status).toBe(409);
    const abort = await problemOf(await call(`/api/uploads/${mediaId}`, 'DELETE'));
    expect(abort.status).toBe(409);

    const deadline = Date.now() + 30_000;
    let record = await getMedia(test.deps, mediaId);
    while (record && (record.status === 'pending' || record.status === 'processing') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      record = await getMedia(test.deps, mediaId);
    }
    expect(record?.status, JSON.stringify(record?.rejection)).toBe('ready');
    expect(record?.size).toBe(size);
    expect(record?.metadata?.durationSeconds).toBeCloseTo((size - 44) / (44_100 * 4), 0);
  }, 90_000);

  it('refuses parts beyond the file and parts for a simple upload', async () => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const call = (path: string, method: string, body?: unknown) =>
      test.app.request(path, {
        method,
        headers: browserHeaders(citizen.cookie),
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const big = (await (
      await call(
        '/api/uploads',
        'POST',
        uploadRequestBody({ contentType: 'audio/wav', fileName: 'a.wav', size: 150 * 1024 * 1024 }),
      )
    ).json()) as { mediaId: string };
    const beyond = await problemOf(await call(`/api/uploads/${big.mediaId}/parts`, 'POST', { partNumbers: [11] }));
    expect(beyond.errors?.[0]?.path).toBe('partNumbers');
    const small = (await (await call('/api/uploads', 'POST', uploadRequestBody())).json()) as { mediaId: string };
    expect((await call(`/api/uploads/${small.mediaId}/parts`, 'POST', { partNumbers: [1] })).status).toBe(409);
  });
});
