/**
 * The upload form's "Recorded with" choice: the person's loans a recording may name (current
 * ones, and those returned in the last 30 days), read from the API. The choice stays hidden when
 * there are none (or they cannot be read: it is optional).
 */

import { api } from '../../api.ts';
import { element, part } from '../../ui/dom.ts';
import { formatDate } from '../../ui/format.ts';
import type { UploadContext } from './context.ts';

export const recordedWithChoice = async ({ root, tr, locale, fields }: UploadContext) => {
  const holder = part(root, '[data-recorded-with-part]');
  try {
    const response = await api.api.uploads['recorded-with'].$get();
    if (!response.ok) return;
    const { loans } = await response.json();
    fields.recordedWith.append(
      ...loans.map((loan) => {
        const names = { model: loan.modelName, tag: loan.assetTag, point: loan.pointName };
        const label =
          loan.status === 'out'
            ? tr('media.upload.recordedWith.out', names)
            : tr('media.upload.recordedWith.returned', { ...names, date: formatDate(locale, loan.returnedAt ?? '') });
        return element('option', { value: loan.reservationId }, label);
      }),
    );
    holder.hidden = loans.length === 0;
  } catch (error) {
    console.warn('The loans could not be read:', error);
  }
};
