/**
 * The captions of a video, in the edit dialog: the tracks it has (each removable) and a WebVTT
 * file to add in a language; the API checks the file and names the lines it could not read.
 */
import { apiFetch } from '../../api.ts';
import { say } from '../../ui/announce.ts';
import { byId, element, part } from '../../ui/dom.ts';
import { clearErrors, type Problem, reportErrors } from '../../ui/form.ts';
import { languageLabel } from '../describe.ts';
import type { OwnMedia } from '../types.ts';
import type { EditContext } from './edit-dialog.ts';

const captionsUrl = (mediaId: string, language: string) =>
  `/api/media/${encodeURIComponent(mediaId)}/captions/${encodeURIComponent(language)}`;

export const captionsPart = (edit: EditContext) => {
  const { dialog, tr, locale } = edit;
  const form = byId<HTMLFormElement>('captions-form');
  const list = part<HTMLUListElement>(dialog, '[data-captions]');
  const status = part(dialog, '[data-captions-status]');
  const file = byId<HTMLInputElement>('captions-file');
  const fileError = part(dialog, '#captions-file-error [data-error-text]');
  const language = byId<HTMLSelectElement>('captions-language');

  const show = (item: OwnMedia) => {
    list.replaceChildren(
      ...item.captions.map((track) => {
        const label = languageLabel(tr, locale, track.language);
        const remove = element(
          'button',
          { class: 'button button--secondary button--small', type: 'button' },
          tr('media.mine.captions.remove'),
          element('span', { class: 'visually-hidden' }, ` ${label}`),
        );
        remove.addEventListener('click', () => void removeCaptions(track.language, label));
        return element('li', {}, element('span', {}, label), ' ', remove);
      }),
    );
    if (item.captions.length === 0) list.append(element('li', { class: 'muted' }, tr('media.mine.captions.none')));
    // Captions are most often in the language spoken in the video.
    if ([...language.options].some((option) => option.value === item.language)) {
      language.value = item.language;
    }
  };

  /** A file the API could not read: the lines it names, on the file's control. */
  const explain = (problem: Problem) => {
    if (problem.status !== 400) return undefined;
    const lines = (problem.errors ?? []).map(({ path }) => /\d+/.exec(path)?.[0]).filter(Boolean) as string[];
    fileError.textContent = tr('media.mine.captions.invalid', {
      lines: new Intl.ListFormat(locale).format(lines.slice(0, 5)),
    });
    reportErrors([file]);
    return tr('form.invalid');
  };

  edit.onSubmit(form, async (editing) => {
    const chosen = file.files?.[0];
    if (!chosen || !/\.vtt$/i.test(chosen.name)) {
      fileError.textContent = tr('media.mine.captions.file.error');
      reportErrors([file]);
      return;
    }
    const code = language.value;
    const send = async () =>
      apiFetch(captionsUrl(editing.id, code), {
        method: 'PUT',
        headers: { 'content-type': 'text/vtt' },
        body: await chosen.text(),
      });
    const added = () => {
      file.value = '';
      say(status, tr('media.mine.captions.added', { language: languageLabel(tr, locale, code) }), 'success');
    };
    await edit.change(status, send, added, explain);
  });

  const removeCaptions = async (code: string, label: string) => {
    const editing = edit.editing();
    if (!editing) return;
    await edit.change(
      status,
      () => apiFetch(captionsUrl(editing.id, code), { method: 'DELETE' }),
      () => {
        say(status, tr('media.mine.captions.removed', { language: label }), 'success');
        file.focus();
      },
    );
  };

  return {
    show,
    reset: () => {
      clearErrors(form);
      say(status, '');
      file.value = '';
    },
  };
};
