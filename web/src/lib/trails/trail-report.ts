/**
 * The trail page's report form: anyone may report a published trail to the city, signed in or
 * not (once each, rate-limited); a trail hidden by enough reports says so.
 */
import { api } from '../api.ts';
import { wireReportForm } from '../ui/report-form.ts';
import { plural } from '../ui/strings.ts';
import type { TrailPageContext } from './trail-page-context.ts';
import type { TrailDetail } from './types.ts';

export const startReport = ({ q, s }: TrailPageContext, trail: TrailDetail) => {
  const section = q('[data-report]');
  section.hidden = trail.status !== 'published';
  if (section.hidden || section.dataset.started) return;
  section.dataset.started = 'true';
  wireReportForm(
    q<HTMLFormElement>('[data-report-form]'),
    {
      sending: s('trails.report.sending'),
      sent: s('trails.report.sent'),
      sentHidden: s('trails.report.sentHidden'),
      already: s('trails.report.already'),
      tooMany: (minutes) => plural(s, 'trails.report.tooMany', minutes),
      gone: s('trails.report.gone'),
      failed: s('form.failed'),
    },
    (reason) => api.api.trails[':id'].flags.$post({ param: { id: trail.id }, json: { reason } }),
  );
};
