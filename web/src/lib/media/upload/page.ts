/**
 * Browser island of the upload page (`views/media/Upload.astro`): checks the form, asks the API
 * to accept the upload, sends the bytes to storage with a progress bar (pause, resume and retry
 * for large files), then follows the processing until the medium is published or refused.
 * This controller builds the context the parts share (`context.ts`) and sends the form.
 */
import { api } from '../../api.ts';
import { say } from '../../ui/announce.ts';
import { byId, part } from '../../ui/dom.ts';
import { clearErrors, reportErrors } from '../../ui/form.ts';
import { onSubmit } from '../../ui/guard.ts';
import { showState, whenSignedIn } from '../../ui/page-states.ts';
import { announceProfile } from '../../ui/session.ts';
import { pageLocale, stringsOf, type Translate } from '../../ui/strings.ts';
import { type UploadContext, uploadFields } from './context.ts';
import { fileField } from './file-field.ts';
import { formParts } from './form-parts.ts';
import { sendBytes } from './progress.ts';
import { readForm } from './read-form.ts';
import { recordedWithChoice } from './recorded-with.ts';
import { showRefusal } from './refusals.ts';

const start = (root: HTMLElement, tr: Translate, attributionName: string) => {
  const locale = pageLocale();
  const form = byId<HTMLFormElement>('upload-form');
  const fields = uploadFields(root);
  const file = fileField({ root, tr, locale, form, fields });
  const context: UploadContext = {
    root,
    tr,
    locale,
    form,
    status: part(form, '[data-form-status]'),
    fields,
    chosen: file.chosen,
    fileProblem: file.problem,
  };
  fields.attribution.value = attributionName;
  fields.language.value = locale;
  formParts(context);
  void recordedWithChoice(context);

  onSubmit(form, async () => {
    const { status } = context;
    clearErrors(form);
    say(status, '');
    const { request, invalid, chosen } = readForm(context);
    if (!request || !chosen) {
      reportErrors(invalid);
      say(status, tr('form.invalid'), 'error');
      return;
    }
    say(status, tr('media.upload.preparing'));
    try {
      const response = await api.api.uploads.$post({ json: request });
      if (response.status === 201) {
        say(status, '');
        await sendBytes(root, tr, chosen.file, request.title, await response.json());
      } else {
        await showRefusal(context, response);
      }
    } catch {
      say(status, tr('form.failed'), 'error');
    }
  });
};

const root = document.querySelector<HTMLElement>('[data-upload]');
if (root) {
  const tr = stringsOf(root);
  whenSignedIn(root, ({ profile }, fresh) => {
    if (fresh) announceProfile(profile);
    start(root, tr, profile.attributionName);
    showState(root, 'ready');
  });
}
