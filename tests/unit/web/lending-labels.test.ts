import jsQR from 'jsqr';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { A4_3X8, labelsPerSheet, layOutLabels, sheetMargins } from '../../../web/src/lib/lending/labels-layout.ts';
import { qrPath } from '../../../web/src/lib/lending/labels-qr.ts';
import { tagFromQuery, unitUrl } from '../../../web/src/lib/lending/unit-links.ts';

const tags = (count: number) => Array.from({ length: count }, (_, i) => `AUD-${String(i + 1).padStart(4, '0')}`);

describe('the labels sheet', () => {
  it('holds 24 labels, 3 across and 8 down, centred on A4', () => {
    expect(labelsPerSheet()).toBe(24);
    expect(sheetMargins()).toEqual({ left: 7.25, top: 12.9 });
  });

  it('places the labels row by row, in millimetres from the top-left corner', () => {
    const [sheet] = layOutLabels(tags(24));
    expect(sheet).toHaveLength(24);
    expect(sheet?.[0]).toMatchObject({ item: 'AUD-0001', row: 0, column: 0, x: 7.25, y: 12.9 });
    expect(sheet?.[1]).toMatchObject({ item: 'AUD-0002', row: 0, column: 1, x: 73.25, y: 12.9 });
    expect(sheet?.[2]).toMatchObject({ row: 0, column: 2, x: 139.25, y: 12.9 });
    expect(sheet?.[3]).toMatchObject({ row: 1, column: 0, x: 7.25, y: 46.8 });
    const last = sheet?.[23];
    expect(last).toMatchObject({ item: 'AUD-0024', row: 7, column: 2, x: 139.25, y: 250.2 });
    // The last label ends as far from the page's right and bottom edges as the first starts from the left and top.
    expect((last?.x ?? 0) + A4_3X8.label.width).toBeCloseTo(210 - 7.25, 6);
    expect((last?.y ?? 0) + A4_3X8.label.height).toBeCloseTo(297 - 12.9, 6);
  });

  it('never overlaps two labels', () => {
    const [sheet = []] = layOutLabels(tags(24));
    for (const a of sheet)
      for (const b of sheet) {
        if (a === b) continue;
        // Rows touch (no gap between them): a micrometre's floating-point noise is not an overlap.
        const endsBy = (end: number, start: number) => end <= start + 1e-9;
        const apart =
          endsBy(a.x + a.width, b.x) ||
          endsBy(b.x + b.width, a.x) ||
          endsBy(a.y + a.height, b.y) ||
          endsBy(b.y + b.height, a.y);
        expect(apart, `${a.item} and ${b.item}`).toBe(true);
      }
  });

  it('starts a new sheet after 24 labels, the last one partly used; none for no units', () => {
    const sheets = layOutLabels(tags(50));
    expect(sheets.map((sheet) => sheet.length)).toEqual([24, 24, 2]);
    expect(sheets[1]?.[0]).toMatchObject({ item: 'AUD-0025', index: 0, x: 7.25, y: 12.9 });
    expect(sheets[2]?.[1]).toMatchObject({ item: 'AUD-0050', index: 1, row: 0, column: 1 });
    expect(layOutLabels([])).toEqual([]);
  });
});

describe('the label’s QR code', () => {
  it('draws the encoded modules that a real decoder reads back as the unit’s absolute address', () => {
    const url = unitUrl('https://communs.brest.example', 'AUD-0007');
    expect(url).toBe('https://communs.brest.example/pret/unite/?tag=AUD-0007');
    const { data, size } = encode(url, { ecc: 'M', border: 4 });
    // Rasterise the path the label draws (its `M x y` squares), 6 pixels a module, and decode it.
    const scale = 6;
    const width = size * scale;
    const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
    for (const [, x, y] of qrPath(data).matchAll(/M(\d+) (\d+)/g))
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const offset = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
          pixels.set([0, 0, 0, 255], offset);
        }
    expect(jsQR(pixels, width, width)?.data).toBe(url);
  });

  it('reads the tag of a unit page’s address, upper-cased; refuses what cannot be a tag', () => {
    expect(tagFromQuery('?tag=aud-0007')).toBe('AUD-0007');
    expect(tagFromQuery('?tag=<script>')).toBeUndefined();
    expect(tagFromQuery('')).toBeUndefined();
  });
});
