import type { IAudioMetadata } from 'music-metadata';
import type { IRandomAccessTokenizer } from 'strtok3';
import { ascii, peekAt, u16le, view } from './bytes.ts';

/** The last page is looked for this far from the end: pages are at most 64 KiB. */
const TAIL_BYTES = 64 * 1024;

/** Ogg: the duration is the granule position of the last page; read it from the end. */
export const readOggDuration = async (tokenizer: IRandomAccessTokenizer, format: IAudioMetadata['format']) => {
  const size = tokenizer.fileInfo.size;
  const first = await peekAt(tokenizer, 0, 512);
  const opusHead = ascii(first, 0, first.length).indexOf('OpusHead');
  const isOpus = format.codec?.toLowerCase() === 'opus';
  // Opus granules count 48 kHz samples whatever the input rate, minus the encoder's pre-skip.
  const rate = isOpus ? 48_000 : format.sampleRate;
  const preSkip = isOpus && opusHead + 12 <= first.length ? u16le(first, opusHead + 10) : 0;
  if (!rate) return undefined;
  const tailStart = Math.max(0, size - TAIL_BYTES);
  const tail = await peekAt(tokenizer, tailStart, size - tailStart);
  for (let at = tail.length - 27; at >= 0; at--) {
    if (tail[at] !== 0x4f || ascii(tail, at, 4) !== 'OggS' || tail[at + 4] !== 0) continue;
    const granule = view(tail).getBigInt64(at + 6, true);
    if (granule > 0n) return Number(granule - BigInt(preSkip)) / rate;
  }
  return undefined;
};
