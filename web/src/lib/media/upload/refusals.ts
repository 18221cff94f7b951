/** What the upload form says when the API refuses an upload, on the status line or on the fields. */

import { say } from '../../ui/announce.ts';
import { controlsOf, type Problem, readProblem, reportErrors } from '../../ui/form.ts';
import { formatBytes } from '../../ui/format.ts';
import { forgetSignedIn } from '../../ui/session.ts';
import type { UploadContext } from './context.ts';

/** The API's field paths that name a control of another name here. */
const FIELD_ALIASES: Record<string, string> = {
  fileName: 'file',
  contentType: 'file',
  size: 'file',
  'authorship.originalLicence': 'licence',
};

export const showRefusal = async ({ tr, locale, form, status, fields, chosen }: UploadContext, response: Response) => {
  const { file: fileInput, fileError } = fields;
  const problem = (await readProblem(response)) as Problem & Record<string, unknown>;
  const number = (name: string) => Number(problem[name] ?? 0);
  // The loan named is not one a recording may name (any more): said beside the choice.
  if (problem.errors?.some(({ path }) => path === 'recordedWithLoan') && response.status !== 401) {
    reportErrors([fields.recordedWith]);
    return say(status, tr('form.invalid'), 'error');
  }
  switch (response.status) {
    case 401:
      forgetSignedIn();
      return say(status, tr('form.sessionEnded'), 'error');
    case 400: {
      const controls = controlsOf(form, {
        ...problem,
        errors: (problem.errors ?? []).map(({ path }) => ({ path: FIELD_ALIASES[path] ?? path })),
      });
      if (controls.some((control) => control === fileInput)) fileError.textContent = tr('media.upload.file.type');
      if (controls.length > 0) reportErrors([...new Set(controls)]);
      return say(status, tr('form.invalid'), 'error');
    }
    case 413:
      if (problem.quotaBytes !== undefined) {
        return say(
          status,
          tr('media.upload.quota', {
            used: formatBytes(locale, number('usedBytes')),
            quota: formatBytes(locale, number('quotaBytes')),
          }),
          'error',
        );
      }
      fileError.textContent = tr('media.upload.file.tooLarge', {
        size: formatBytes(locale, chosen()?.file.size ?? 0),
        max: formatBytes(locale, number('maxBytes')),
      });
      reportErrors([fileInput]);
      return say(status, tr('form.invalid'), 'error');
    case 415:
      fileError.textContent = tr('media.upload.file.type');
      reportErrors([fileInput]);
      return say(status, tr('form.invalid'), 'error');
    case 409:
      return say(
        status,
        tr('media.upload.tooMany', { pending: number('pending'), max: number('maxPending') }),
        'error',
      );
    default:
      return say(status, tr('form.failed'), 'error');
  }
};
