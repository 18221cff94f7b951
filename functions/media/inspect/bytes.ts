import type { IRandomAccessTokenizer } from 'strtok3';

/** Fixed-offset reads for the hand-written container parsers. */
export const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
export const u16be = (b: Uint8Array, i: number) => view(b).getUint16(i);
export const u16le = (b: Uint8Array, i: number) => view(b).getUint16(i, true);
export const u24le = (b: Uint8Array, i: number) => view(b).getUint16(i, true) | (view(b).getUint8(i + 2) << 16);
export const u32be = (b: Uint8Array, i: number) => view(b).getUint32(i);
export const u32le = (b: Uint8Array, i: number) => view(b).getUint32(i, true);
export const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

/** Up to `length` bytes at `position`, without moving the tokenizer (fewer near the end of the file). */
export const peekAt = async (tokenizer: IRandomAccessTokenizer, position: number, length: number) => {
  const bytes = new Uint8Array(length);
  const read = await tokenizer.peekBuffer(bytes, { position, mayBeLess: true });
  return bytes.subarray(0, read);
};
