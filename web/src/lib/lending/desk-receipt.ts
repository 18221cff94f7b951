/**
 * Fills the printable loan receipt (`views/lending-desk/Receipt.astro`) from a loan: the model
 * and unit, who borrowed it (staff's copy), when it was handed over, the return day, the parts
 * handed over, the point's address, hours and closures. The consent reminder is static.
 */
import { part } from '../ui/dom.ts';
import { pageLocale, type Translate } from '../ui/strings.ts';
import type { DeskLoan } from './desk-types.ts';
import { datesInWords, hoursInWords } from './hours.ts';
import { dayText } from './types.ts';

const item = (text: string) => {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
};

export const showReceipt = (root: HTMLElement, loan: DeskLoan, s: Translate) => {
  const receipt = part(root, '[data-receipt]');
  const handOver = loan.handOver;
  receipt.hidden = !handOver;
  if (!handOver) return;
  const locale = pageLocale();
  part(receipt, '[data-receipt-loan]').textContent = s('lendingDesk.receipt.loan', {
    model: loan.model.name,
    tag: loan.unit.assetTag,
  });
  const borrower = part(receipt, '[data-receipt-borrower]');
  borrower.hidden = !loan.borrower;
  borrower.textContent = loan.borrower
    ? s('lendingDesk.receipt.borrower', { name: loan.borrower.name ?? s('lendingDesk.anonymous') })
    : '';
  part(receipt, '[data-receipt-handed-over]').textContent = s('lendingDesk.receipt.handedOver', {
    day: dayText(handOver.at.slice(0, 10), locale),
  });
  part(receipt, '[data-receipt-return]').textContent = s('lendingDesk.receipt.returnDay', {
    day: dayText(loan.returnDay, locale),
  });
  const returned = part(receipt, '[data-receipt-returned]');
  returned.hidden = !loan.takeBack;
  returned.textContent = loan.takeBack
    ? s('lendingDesk.receipt.returned', { day: dayText(loan.takeBack.at.slice(0, 10), locale) })
    : '';
  part(receipt, '[data-receipt-parts]').replaceChildren(
    ...handOver.parts.map((p) =>
      item(
        s(p.present === false ? 'lendingDesk.receipt.partMissing' : 'lendingDesk.checklist.present', {
          part: p.name[locale],
          quantity: p.quantity,
        }),
      ),
    ),
  );
  part(receipt, '[data-receipt-point]').textContent = `${loan.point.name}, ${loan.point.address}`;
  part(receipt, '[data-receipt-hours]').replaceChildren(
    ...(loan.point.hours ? hoursInWords(locale, s, loan.point.hours) : []).map(item),
  );
  part(receipt, '[data-receipt-closures-block]').hidden = loan.point.closures.length === 0;
  part(receipt, '[data-receipt-closures]').replaceChildren(
    ...loan.point.closures.map((closure) =>
      item(`${datesInWords(locale, closure.from, closure.to)} — ${closure.reason[locale]}`),
    ),
  );
  const print = part<HTMLButtonElement>(receipt, '[data-receipt-print]');
  print.onclick = () => window.print();
};
