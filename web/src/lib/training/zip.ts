/**
 * Server side (build time): a ZIP archive of a few files, written with Node's own zlib (deflate
 * and `crc32`), so the site needs no archive package. ZIP rather than tar because the people who
 * download a module (another city's staff, a teacher) open it with a double click on any system.
 * Every entry carries the same fixed date, so the same module gives the same bytes on every build
 * (the edge's caches and the deployment see no change where there is none).
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipFile {
  /** The path inside the archive, with `/`. */
  path: string;
  bytes: Uint8Array;
}

/** 1 January 2020, 00:00, in MS-DOS date and time. */
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** Bit 11: names are UTF-8 (lessons have accented names in other cities). */
const UTF8_FLAG = 0x0800;
/** A regular file readable by all, writable by its owner (-rw-r--r--), as Unix unzip restores it. */
const UNIX_FILE_MODE = (0o100644 << 16) >>> 0;
const DEFLATE = 8;
const STORE = 0;

const header = (size: number, fill: (view: DataView) => void): Uint8Array => {
  const bytes = new Uint8Array(size);
  fill(new DataView(bytes.buffer));
  return bytes;
};

export const zip = (files: readonly ZipFile[]): Uint8Array<ArrayBuffer> => {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const file of files) {
    const name = new TextEncoder().encode(file.path);
    const deflated = deflateRawSync(file.bytes, { level: 9 });
    // Sounds and pictures are compressed already: store them when deflate does not help.
    const method = deflated.byteLength < file.bytes.byteLength ? DEFLATE : STORE;
    const data = method === DEFLATE ? deflated : file.bytes;
    const crc = crc32(file.bytes);
    const common = (view: DataView, at: number) => {
      view.setUint16(at, 20, true); // version needed: 2.0
      view.setUint16(at + 2, UTF8_FLAG, true);
      view.setUint16(at + 4, method, true);
      view.setUint16(at + 6, DOS_TIME, true);
      view.setUint16(at + 8, DOS_DATE, true);
      view.setUint32(at + 10, crc, true);
      view.setUint32(at + 14, data.byteLength, true);
      view.setUint32(at + 18, file.bytes.byteLength, true);
      view.setUint16(at + 22, name.byteLength, true);
    };
    const local = header(30, (view) => {
      view.setUint32(0, 0x04034b50, true);
      common(view, 4);
    });
    central.push(
      header(46, (view) => {
        view.setUint32(0, 0x02014b50, true);
        // Made by Unix, 2.0: readers then take the names as UTF-8 rather than an old DOS code page.
        view.setUint16(4, (3 << 8) | 20, true);
        common(view, 6);
        view.setUint32(38, UNIX_FILE_MODE, true);
        view.setUint32(42, offset, true);
      }),
      name,
    );
    parts.push(local, name, data);
    offset += local.byteLength + name.byteLength + data.byteLength;
  }
  const centralSize = central.reduce((sum, part) => sum + part.byteLength, 0);
  const end = header(22, (view) => {
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, files.length, true);
    view.setUint16(10, files.length, true);
    view.setUint32(12, centralSize, true);
    view.setUint32(16, offset, true);
  });
  return new Uint8Array(Buffer.concat([...parts, ...central, end]));
};
