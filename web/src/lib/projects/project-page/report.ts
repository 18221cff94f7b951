/** Reporting the project to the city's moderators, with a reason; one report per person. */
import { api } from '../../api.ts';
import { part } from '../../ui/dom.ts';
import { wireReportForm } from '../../ui/report-form.ts';
import { plural, type Translate } from '../../ui/strings.ts';

export const reportForm = (root: HTMLElement, s: Translate, slug: string) =>
  wireReportForm(
    part<HTMLFormElement>(root, '[data-report-form]'),
    {
      sent: s('projects.report.sent'),
      already: s('projects.report.already'),
      tooMany: (minutes) => plural(s, 'projects.report.tooMany', minutes),
      failed: s('form.failed'),
    },
    (reason) => api.api.projects[':slug'].flags.$post({ param: { slug }, json: { reason } }),
  );
