/**
 * Where each label goes on an A4 sheet: pure arithmetic in millimetres, so that the printed
 * positions are tested without a browser (tests/unit/web/lending-labels.test.ts). The sheet is the
 * common 3 × 8 label sheet (Avery L7159 and its equivalents: 24 labels of 63.5 × 33.9 mm, 2.5 mm
 * between columns, none between rows), centred on the page: the labels page draws each label at
 * these positions with `position: absolute` in `mm`, and the print stylesheet sets `@page` to A4
 * without margins so that 1 mm on screen is 1 mm on paper.
 */

export interface SheetGeometry {
  page: { width: number; height: number };
  columns: number;
  rows: number;
  label: { width: number; height: number };
  /** Space between two labels side by side, and one above the other. */
  gap: { x: number; y: number };
}

/** A4, 3 × 8 labels of 63.5 × 33.9 mm (L7159). */
export const A4_3X8: SheetGeometry = {
  page: { width: 210, height: 297 },
  columns: 3,
  rows: 8,
  label: { width: 63.5, height: 33.9 },
  gap: { x: 2.5, y: 0 },
};

export const labelsPerSheet = (sheet: SheetGeometry = A4_3X8): number => sheet.columns * sheet.rows;

/** The page's margins that centre the grid of labels (left = right, top = bottom). */
export const sheetMargins = (sheet: SheetGeometry = A4_3X8) => {
  const gridWidth = sheet.columns * sheet.label.width + (sheet.columns - 1) * sheet.gap.x;
  const gridHeight = sheet.rows * sheet.label.height + (sheet.rows - 1) * sheet.gap.y;
  return { left: round((sheet.page.width - gridWidth) / 2), top: round((sheet.page.height - gridHeight) / 2) };
};

/** A label placed on its sheet: its top-left corner, in mm from the page's top-left corner. */
export interface PlacedLabel<T> {
  item: T;
  /** 0-based position on its sheet, row by row. */
  index: number;
  row: number;
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Tenths of a micrometre are noise from floating point, not a printer's concern. */
const round = (mm: number) => Math.round(mm * 1000) / 1000;

/**
 * The sheets `items` fill, in order, row by row from the top-left label; the last sheet may be
 * partly used. No items, no sheet.
 */
export const layOutLabels = <T>(items: readonly T[], sheet: SheetGeometry = A4_3X8): PlacedLabel<T>[][] => {
  const perSheet = labelsPerSheet(sheet);
  const { left, top } = sheetMargins(sheet);
  const sheets: PlacedLabel<T>[][] = [];
  items.forEach((item, position) => {
    const index = position % perSheet;
    if (index === 0) sheets.push([]);
    const row = Math.floor(index / sheet.columns);
    const column = index % sheet.columns;
    sheets[sheets.length - 1]?.push({
      item,
      index,
      row,
      column,
      x: round(left + column * (sheet.label.width + sheet.gap.x)),
      y: round(top + row * (sheet.label.height + sheet.gap.y)),
      width: sheet.label.width,
      height: sheet.label.height,
    });
  });
  return sheets;
};
