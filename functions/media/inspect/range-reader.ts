import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { type IAudioMetadata, type IOptions, parseFromTokenizer } from 'music-metadata';
import { S3RangeTokenizer } from './range-tokenizer.ts';

const MiB = 1024 * 1024;
/** Reading headers should never need more; past it the file is considered unreadable. */
export const HEADER_BUDGET_BYTES = 64 * MiB;
/** Scanning for a duration no header gives stops here; the file is then published without one. */
export const DURATION_SCAN_BUDGET_BYTES = 32 * MiB;

export interface StagedObject {
  s3: S3Client;
  bucket: string;
  key: string;
  /** Every range must come from the object whose size was checked (IfMatch). */
  etag?: string;
  size: number;
}

/**
 * One staged object, read by ranged GETs. Each tokenizer holds at most two windows of at most
 * 1 MiB each (or of one oversized read), never the object. `@tokenizer/s3`'s chunked tokenizer
 * is not used: it keeps every chunk it ever fetched (a scan holds the whole file) and fetches
 * 1 KB at a time (scanning a long mp3 takes hundreds of thousands of requests).
 */
export class S3RangeReader {
  bytesRead = 0;
  get size(): number {
    return this.source.size;
  }
  private readonly source: StagedObject;
  /** The last range fetched, shared by the tokenizers: each pass starts by re-reading the headers. */
  private last: { start: number; bytes: Uint8Array } | undefined;

  constructor(source: StagedObject) {
    this.source = source;
  }

  /** A fresh tokenizer at position 0 (parsers adjust `fileInfo.size`, so each gets its own). */
  tokenizer(budgetBytes: number): S3RangeTokenizer {
    return new S3RangeTokenizer(this.source.size, budgetBytes, (start, length) => this.fetchRange(start, length));
  }

  /** music-metadata over a fresh tokenizer, parsing as what file-type found, not what was declared. */
  parse(mime: string, options: IOptions, budgetBytes: number): Promise<IAudioMetadata> {
    const tokenizer = this.tokenizer(budgetBytes);
    tokenizer.fileInfo.mimeType = mime;
    return parseFromTokenizer(tokenizer, { ...options, skipCovers: true, mkvUseIndex: true });
  }

  private async fetchRange(start: number, length: number): Promise<Uint8Array> {
    const last = this.last;
    if (last && start >= last.start && start + length <= last.start + last.bytes.byteLength) {
      return last.bytes.subarray(start - last.start, start - last.start + length);
    }
    this.last = undefined;
    const { s3, bucket, key, etag } = this.source;
    const response = await s3.send(
      new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=${start}-${start + length - 1}`, IfMatch: etag }),
    );
    const bytes = await readExactly(response.Body, length);
    if (!bytes) throw new Error(`Range read of ${key} did not return the ${length} bytes asked for`);
    this.bytesRead += length;
    this.last = { start, bytes };
    return bytes;
  }
}

const isAsyncIterable = (body: unknown): body is AsyncIterable<Uint8Array> =>
  typeof body === 'object' && body !== null && Symbol.asyncIterator in body;

/**
 * Copies a response body into one buffer of the expected length as it streams in (instead of
 * collecting the chunks and concatenating them), halving the garbage a long scan leaves behind.
 */
const readExactly = async (body: unknown, length: number): Promise<Uint8Array | undefined> => {
  if (!isAsyncIterable(body)) return undefined;
  const bytes = new Uint8Array(length);
  let filled = 0;
  for await (const chunk of body) {
    if (filled + chunk.byteLength > length) return undefined;
    bytes.set(chunk, filled);
    filled += chunk.byteLength;
  }
  return filled === length ? bytes : undefined;
};
