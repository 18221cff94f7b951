import {
  AbstractTokenizer,
  EndOfStreamError,
  type IRandomAccessFileInfo,
  type IRandomAccessTokenizer,
  type IReadChunkOptions,
} from 'strtok3';

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

/** A parser wanted more bytes than its budget: the caller decides what that means. */
export class ReadBudgetExceededError extends Error {
  constructor(budget: number) {
    super(`Read budget of ${budget} bytes exceeded`);
    this.name = 'ReadBudgetExceededError';
  }
}

export type FetchRange = (start: number, length: number) => Promise<Uint8Array>;

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
