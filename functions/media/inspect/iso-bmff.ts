import type { IRandomAccessTokenizer } from 'strtok3';
import { ascii, peekAt, u32be, view } from './bytes.ts';

/**
 * ISO-BMFF (mp4, m4a): the box layout, to catch truncation and read the tracks. music-metadata
 * reads the sound; this reads what it does not tell (the video track's codec and size) and
 * refuses a file whose boxes do not add up.
 */

export interface IsoBmffTrack {
  /** 'vide', 'soun', … (hdlr). */
  handler?: string;
  /** The first sample entry's format: 'avc1', 'mp4v', 'mp4a', … (stsd). */
  codec?: string;
  width?: number;
  height?: number;
}

export type IsoBmffLayout =
  | { complete: true; tracks: IsoBmffTrack[]; width?: number; height?: number }
  | { complete: false; problem: string };

interface Box {
  type: string;
  start: number;
  /** Where the payload starts (after the 8- or 16-byte header). */
  body: number;
  end: number;
}

/** The boxes between start and end; at the top level, only up to the first fragment (moof). */
const readBoxes = async (tokenizer: IRandomAccessTokenizer, start: number, end: number): Promise<Box[] | string> => {
  const boxes: Box[] = [];
  let at = start;
  while (at + 8 <= end) {
    // Fragmented: one moof+mdat pair per second or so. music-metadata reads them all anyway and
    // refuses an atom that runs past the end of the file, so this walk stops here.
    if (boxes.at(-1)?.type === 'moof') return boxes;
    if (boxes.length > 10_000) return 'too many boxes';
    const h = await peekAt(tokenizer, at, 16);
    let size = u32be(h, 0);
    let body = at + 8;
    if (size === 1) {
      if (h.length < 16) return 'a box header is cut short';
      size = Number(view(h).getBigUint64(8));
      body = at + 16;
    } else if (size === 0) {
      size = end - at; // "to the end of the enclosing space"
    }
    if (size < body - at || at + size > end) return `the ${ascii(h, 4, 4)} box runs past the end of the file`;
    boxes.push({ type: ascii(h, 4, 4), start: at, body, end: at + size });
    at += size;
  }
  if (at !== end && end - at < 8 && start === 0) return 'the file ends in the middle of a box';
  return boxes;
};

/** The boxes inside a box (none without one), or what is wrong with them. */
const childrenOf = (tokenizer: IRandomAccessTokenizer, parent: Box | undefined): Promise<Box[] | string> =>
  parent ? readBoxes(tokenizer, parent.body, parent.end) : Promise.resolve([]);

const named = (boxes: Box[], type: string) => boxes.find((box) => box.type === type);

/** One trak: its size (tkhd), handler (mdia/hdlr) and first sample entry (mdia/minf/stbl/stsd). */
const readTrack = async (tokenizer: IRandomAccessTokenizer, trak: Box): Promise<IsoBmffTrack | string> => {
  const track: IsoBmffTrack = {};
  const children = await childrenOf(tokenizer, trak);
  if (typeof children === 'string') return children;
  const tkhd = named(children, 'tkhd');
  if (tkhd) {
    const b = await peekAt(tokenizer, tkhd.body, Math.min(96, tkhd.end - tkhd.body));
    const at = 4 + (b[0] === 1 ? 32 : 20) + 52; // version, times/ids, then layer…matrix
    if (b.length >= at + 8) {
      track.width = Math.round(u32be(b, at) / 65536);
      track.height = Math.round(u32be(b, at + 4) / 65536);
    }
  }
  const mdiaChildren = await childrenOf(tokenizer, named(children, 'mdia'));
  if (typeof mdiaChildren === 'string') return mdiaChildren;
  const hdlr = named(mdiaChildren, 'hdlr');
  if (hdlr) track.handler = ascii(await peekAt(tokenizer, hdlr.body + 8, 4), 0, 4);
  const minfChildren = await childrenOf(tokenizer, named(mdiaChildren, 'minf'));
  if (typeof minfChildren === 'string') return minfChildren;
  const stblChildren = await childrenOf(tokenizer, named(minfChildren, 'stbl'));
  if (typeof stblChildren === 'string') return stblChildren;
  const stsd = named(stblChildren, 'stsd');
  if (stsd) track.codec = ascii(await peekAt(tokenizer, stsd.body + 12, 4), 0, 4); // version/flags, count, size
  return track;
};

export const readIsoBmffLayout = async (tokenizer: IRandomAccessTokenizer): Promise<IsoBmffLayout> => {
  const top = await readBoxes(tokenizer, 0, tokenizer.fileInfo.size);
  if (typeof top === 'string') return { complete: false, problem: top };
  const moov = named(top, 'moov');
  if (!moov) return { complete: false, problem: 'the index of the file (moov) is missing' };
  if (!top.some((box) => box.type === 'mdat' || box.type === 'moof')) {
    return { complete: false, problem: 'there is no media data' };
  }
  const tracks: IsoBmffTrack[] = [];
  const moovChildren = await childrenOf(tokenizer, moov);
  if (typeof moovChildren === 'string') return { complete: false, problem: moovChildren };
  for (const trak of moovChildren.filter((box) => box.type === 'trak')) {
    const track = await readTrack(tokenizer, trak);
    if (typeof track === 'string') return { complete: false, problem: track };
    tracks.push(track);
  }
  const video = tracks.find((track) => track.handler === 'vide');
  return { complete: true, tracks, width: video?.width || undefined, height: video?.height || undefined };
};
