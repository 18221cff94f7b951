/**
 * The labels' sheets as DOM: each sheet an A4 box at paper size, each label placed where
 * `labels-layout.ts` puts it (in mm, through the CSSOM, which the CSP allows), with its QR code
 * (`labels-qr.ts`), asset tag, model and the city's name.
 */
import { element } from '../ui/dom.ts';
import type { Translate } from '../ui/strings.ts';
import { layOutLabels } from './labels-layout.ts';
import { qrSvg } from './labels-qr.ts';
import { unitUrl } from './unit-links.ts';

/** One unit to label. */
export interface LabelItem {
  assetTag: string;
  modelName: string;
}

const labelNode = (item: LabelItem, city: string, origin: string, s: Translate) => {
  const url = unitUrl(origin, item.assetTag);
  const qr = qrSvg(url, s('lendingUnits.labels.qr', { url }));
  qr.classList.add('label__qr');
  return element(
    'div',
    { class: 'label', 'data-label': item.assetTag },
    qr,
    element(
      'span',
      'label__text',
      element('span', 'label__tag', item.assetTag),
      element('span', 'label__model', item.modelName),
      element('span', 'label__city', s('lendingUnits.labels.city', { city })),
    ),
  );
};

/**
 * The sheets of `items`, each a section: a heading saying which sheet it is (on screen only) and
 * the sheet itself at paper size.
 */
export const labelSheets = (items: readonly LabelItem[], city: string, origin: string, s: Translate): HTMLElement[] => {
  const sheets = layOutLabels(items);
  return sheets.map((placed, index) => {
    const sheet = element('div', { class: 'labels-sheet', 'data-labels-sheet': String(index + 1) });
    for (const label of placed) {
      const node = labelNode(label.item, city, origin, s);
      Object.assign(node.style, {
        left: `${label.x}mm`,
        top: `${label.y}mm`,
        width: `${label.width}mm`,
        height: `${label.height}mm`,
      });
      sheet.append(node);
    }
    const titleId = `labels-sheet-${index + 1}-title`;
    return element(
      'section',
      { 'aria-labelledby': titleId },
      element(
        'h2',
        { class: 'labels-sheet__caption', id: titleId },
        s('lendingUnits.labels.sheet', { number: index + 1, sheets: sheets.length }),
      ),
      sheet,
    );
  });
};
