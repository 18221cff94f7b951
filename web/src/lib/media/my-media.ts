/**
 * Browser island of "My media" (`views/media/MyMedia.astro`): the list of the person's media in
 * every state (followed live while processing), their storage use, and the edit and delete dialogs.
 */
import { api, apiFetch } from '../api.ts';
import { say } from '../ui/announce.ts';
import { byId, element as el, part } from '../ui/dom.ts';
import { clearErrors, controlsOf, readProblem, reportErrors, setInvalid } from '../ui/form.ts';
import { formatBytes, formatDate } from '../ui/format.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { announceProfile, forgetSignedIn } from '../ui/session.ts';
import { pageLocale, plural, stringsOf, type Translate } from '../ui/strings.ts';
import { FAMILY_TEXT, languageLabel, reasonText, STATUS_TEXT } from './describe.ts';
import { isLicenceId, LICENCES, moreOpenLicences } from './licences.ts';
import type { MyMediaPage, OwnMedia } from './types.ts';

const PAGE_SIZE = '20';
const FOLLOW_MS = 3000;
const EDITABLE = new Set<OwnMedia['status']>(['pending', 'processing', 'ready', 'hidden']);

const start = (root: HTMLElement, tr: Translate) => {
  const locale = pageLocale();
  const list = part<HTMLUListElement>(root, '[data-media-list]');
  const listStatus = part(root, '[data-list-status]');
  const listTitle = byId('mine-list-title');
  const empty = part(root, '[data-empty]');
  const more = part<HTMLButtonElement>(root, '[data-more]');
  let media: OwnMedia[] = [];
  let nextCursor: string | null = null;

  const sessionEnded = (response: Response, status: HTMLElement) => {
    if (response.status !== 401) return false;
    forgetSignedIn();
    say(status, tr('form.sessionEnded'), 'error');
    return true;
  };

  const showUsage = (usage: MyMediaPage['usage']) => {
    const meter = byId<HTMLMeterElement>('usage-meter');
    meter.max = usage.quotaBytes;
    meter.value = Math.min(usage.bytes, usage.quotaBytes);
    meter.high = usage.quotaBytes * 0.9;
    part(root, '[data-usage-text]').textContent = tr('media.mine.usage.text', {
      used: formatBytes(locale, usage.bytes),
      quota: formatBytes(locale, usage.quotaBytes),
    });
    part(root, '[data-pending-text]').textContent = plural(tr, 'media.mine.usage.pending', usage.pending, {
      max: usage.maxPending,
    });
  };

  /** One medium as a card: title, state and why, what it is, and what can be done with it. */
  const card = (item: OwnMedia) => {
    const title = el('h3', { class: 'media-item__title' }, item.title);
    const badge = el('span', { class: `badge badge--${item.status}` }, tr(STATUS_TEXT[item.status]));
    const meta = [
      tr(FAMILY_TEXT[item.family]),
      formatBytes(locale, item.size ?? item.declaredSize),
      tr('media.mine.item.uploaded', { date: formatDate(locale, item.createdAt) }),
    ].join(' · ');
    const li = el(
      'li',
      { class: 'media-item', 'data-media-id': item.id, 'data-status': item.status },
      el('div', { class: 'media-item__head' }, title, badge),
      el('p', { class: 'media-item__meta' }, meta),
      el(
        'p',
        { class: 'media-item__meta' },
        tr('media.mine.item.licence', { licence: LICENCES[item.licence].shortName }),
        ' · ',
        el('span', { lang: item.language }, item.originalName),
      ),
    );
    const reason = reasonText(tr, item);
    if (reason) li.append(el('p', { class: `media-item__reason media-item__reason--${item.status}` }, reason));

    const named = (label: string) => [
      label,
      el('span', { class: 'visually-hidden' }, tr('media.mine.item.of', { title: item.title })),
    ];
    const actions = el('div', { class: 'media-item__actions' });
    if (item.status === 'ready') {
      actions.append(
        el(
          'a',
          { class: 'button button--secondary button--small', href: `${root.dataset.mediaPage}?id=${item.id}` },
          ...named(tr('media.mine.item.view')),
        ),
      );
    }
    if (EDITABLE.has(item.status)) {
      const edit = el(
        'button',
        { class: 'button button--secondary button--small', type: 'button', 'data-edit': item.id },
        ...named(tr('media.mine.item.edit')),
      );
      edit.addEventListener('click', () => openEdit(item.id));
      actions.append(edit);
    }
    const remove = el(
      'button',
      { class: 'button button--danger button--small', type: 'button', 'data-delete': item.id },
      ...named(tr('media.mine.item.delete')),
    );
    remove.addEventListener('click', () => openDelete(item.id));
    actions.append(remove);
    li.append(actions);
    return li;
  };

  const render = () => {
    list.replaceChildren(...media.map(card));
    empty.hidden = media.length > 0;
    more.hidden = !nextCursor;
  };

  const replace = (item: OwnMedia) => {
    media = media.map((known) => (known.id === item.id ? item : known));
    const old = list.querySelector(`[data-media-id="${CSS.escape(item.id)}"]`);
    const focused = old?.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset : undefined;
    const fresh = card(item);
    old?.replaceWith(fresh);
    // Keep focus on the same button of the redrawn card.
    if (focused?.edit) fresh.querySelector<HTMLElement>('[data-edit]')?.focus();
    else if (focused?.delete) fresh.querySelector<HTMLElement>('[data-delete]')?.focus();
  };

  const load = async (cursor?: string): Promise<boolean> => {
    const response = await api.api.me.media.$get({ query: { limit: PAGE_SIZE, cursor } });
    if (!response.ok) {
      if ((response.status as number) === 401) {
        forgetSignedIn();
        showState(root, 'signed-out');
      } else say(listStatus, tr('media.mine.failed'), 'error');
      return false;
    }
    const page = await response.json();
    media = cursor ? [...media, ...page.items] : page.items;
    nextCursor = page.nextCursor;
    showUsage(page.usage);
    render();
    return true;
  };

  more.addEventListener('click', async () => {
    const shown = media.length;
    if (nextCursor && (await load(nextCursor))) {
      say(listStatus, tr('media.mine.moreLoaded'));
      list.querySelectorAll<HTMLElement>('.media-item__title')[shown]?.setAttribute('tabindex', '-1');
      list.querySelectorAll<HTMLElement>('.media-item__title')[shown]?.focus();
    }
  });

  // Media still waiting for their bytes or being checked are asked about again, until they settle.
  const followProcessing = async () => {
    for (const item of media.filter((known) => known.status === 'pending' || known.status === 'processing')) {
      try {
        const response = await api.api.me.media[':id'].$get({ param: { id: item.id } });
        if (response.ok) {
          const fresh = await response.json();
          if (fresh.status !== item.status) {
            replace(fresh);
            say(listStatus, tr('media.mine.changed', { title: fresh.title, status: tr(STATUS_TEXT[fresh.status]) }));
          }
        }
      } catch {
        // Asked again at the next tick.
      }
    }
    setTimeout(() => void followProcessing(), FOLLOW_MS);
  };

  // The edit dialog
  const editDialog = part<HTMLDialogElement>(root, '[data-edit-dialog]');
  const editTitle = part(editDialog, '[data-edit-title]');
  const form = byId<HTMLFormElement>('edit-form');
  const formStatus = part(form, '[data-form-status]');
  const fields = {
    title: byId<HTMLInputElement>('edit-title-field'),
    description: byId<HTMLTextAreaElement>('edit-description'),
    transcript: byId<HTMLTextAreaElement>('edit-transcript'),
    alt: byId<HTMLTextAreaElement>('edit-alt'),
    attributionName: byId<HTMLInputElement>('edit-attribution-name'),
  };
  const licences = byId<HTMLFieldSetElement>('edit-licence');
  const captionsForm = byId<HTMLFormElement>('captions-form');
  const captionsList = part<HTMLUListElement>(editDialog, '[data-captions]');
  const captionsStatus = part(editDialog, '[data-captions-status]');
  const captionsFile = byId<HTMLInputElement>('captions-file');
  const captionsFileError = part(editDialog, '#captions-file-error [data-error-text]');
  const captionsLanguage = byId<HTMLSelectElement>('captions-language');
  let editing: OwnMedia | undefined;
  let opener: HTMLElement | null = null;

  /** Only the licences this medium may move to (as open or more); someone else's work keeps its own. */
  const showLicences = (item: OwnMedia, allowed = moreOpenLicences(item.licence)) => {
    const fixed = item.authorship.kind === 'third-party';
    part(editDialog, '[data-licence-part]').hidden = fixed;
    part(editDialog, '[data-licence-fixed]').hidden = !fixed;
    for (const option of licences.querySelectorAll<HTMLElement>('[data-licence-option]')) {
      const id = option.dataset.licenceOption ?? '';
      option.hidden = !(allowed as string[]).includes(id);
      const radio = part<HTMLInputElement>(option, 'input');
      radio.checked = id === item.licence;
    }
  };

  const showCaptions = (item: OwnMedia) => {
    captionsList.replaceChildren(
      ...item.captions.map((track) => {
        const label = languageLabel(tr, locale, track.language);
        const remove = el(
          'button',
          { class: 'button button--secondary button--small', type: 'button' },
          tr('media.mine.captions.remove'),
          el('span', { class: 'visually-hidden' }, ` ${label}`),
        );
        remove.addEventListener('click', () => void removeCaptions(track.language, label));
        return el('li', {}, el('span', {}, label), ' ', remove);
      }),
    );
    if (item.captions.length === 0) captionsList.append(el('li', { class: 'muted' }, tr('media.mine.captions.none')));
  };

  const fillEdit = (item: OwnMedia) => {
    editing = item;
    editTitle.textContent = tr('media.mine.edit.title', { title: item.title });
    fields.title.value = item.title;
    fields.description.value = item.description ?? '';
    fields.transcript.value = item.transcript ?? '';
    fields.alt.value = item.alt ?? '';
    fields.attributionName.value = item.attributionName === 'anonymous' ? '' : item.attributionName;
    for (const field of editDialog.querySelectorAll<HTMLElement>('[data-family-field]')) {
      field.hidden = !(field.dataset.familyField ?? '').split(' ').includes(item.family);
    }
    showLicences(item);
    showCaptions(item);
    // Captions are most often in the language spoken in the video.
    if ([...captionsLanguage.options].some((option) => option.value === item.language)) {
      captionsLanguage.value = item.language;
    }
  };

  const openEdit = (id: string) => {
    const item = media.find((known) => known.id === id);
    if (!item) return;
    opener = document.activeElement as HTMLElement | null;
    clearErrors(form);
    clearErrors(captionsForm);
    say(formStatus, '');
    say(captionsStatus, '');
    captionsFile.value = '';
    fillEdit(item);
    editDialog.showModal();
    editTitle.focus();
  };

  const saved = (item: OwnMedia) => {
    replace(item);
    fillEdit(item);
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!editing) return;
    clearErrors(form);
    for (const field of Object.values(fields)) field.value = field.value.trim();
    const chosen = licences.querySelector<HTMLInputElement>('input:checked')?.value ?? editing.licence;
    const invalid = [
      fields.title.value.length < 1 || fields.title.value.length > 200 ? fields.title : null,
      fields.description.value.length > 5000 ? fields.description : null,
      fields.transcript.value.length > 40_000 ? fields.transcript : null,
      fields.alt.value.length > 1000 ? fields.alt : null,
      fields.attributionName.value.length < 1 || fields.attributionName.value.length > 120
        ? fields.attributionName
        : null,
      isLicenceId(chosen) ? null : licences,
    ].filter((control) => control !== null);
    if (!reportErrors(invalid) || !isLicenceId(chosen)) {
      say(formStatus, tr('form.invalid'), 'error');
      return;
    }
    say(formStatus, tr('media.mine.saving'));
    try {
      const response = await api.api.media[':id'].$patch({
        param: { id: editing.id },
        json: {
          title: fields.title.value,
          description: fields.description.value,
          ...(editing.family === 'image' ? { alt: fields.alt.value } : { transcript: fields.transcript.value }),
          attributionName: fields.attributionName.value,
          ...(chosen !== editing.licence ? { licence: chosen } : {}),
        },
      });
      if (response.ok) {
        saved(await response.json());
        say(formStatus, tr('media.mine.saved'), 'success');
        return;
      }
      if (sessionEnded(response, formStatus)) return;
      const problem = (await readProblem(response)) as Awaited<ReturnType<typeof readProblem>> & {
        allowed?: string[];
      };
      if (response.status === 409 && problem.allowed) {
        showLicences(editing, problem.allowed.filter(isLicenceId));
        setInvalid(licences, true);
        say(formStatus, tr('media.mine.licence.error'), 'error');
      } else if (response.status === 409) {
        say(formStatus, tr('media.mine.conflict'), 'error');
      } else if ((response.status as number) === 400 && controlsOf(form, problem).length > 0) {
        reportErrors(controlsOf(form, problem));
        say(formStatus, tr('form.invalid'), 'error');
      } else {
        say(formStatus, tr('form.failed'), 'error');
      }
    } catch {
      say(formStatus, tr('form.failed'), 'error');
    }
  });

  captionsForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!editing) return;
    clearErrors(captionsForm);
    const file = captionsFile.files?.[0];
    if (!file || !/\.vtt$/i.test(file.name)) {
      captionsFileError.textContent = tr('media.mine.captions.file.error');
      reportErrors([captionsFile]);
      return;
    }
    say(captionsStatus, tr('media.mine.saving'));
    try {
      const language = captionsLanguage.value;
      const response = await apiFetch(
        `/api/media/${encodeURIComponent(editing.id)}/captions/${encodeURIComponent(language)}`,
        { method: 'PUT', headers: { 'content-type': 'text/vtt' }, body: await file.text() },
      );
      if (response.ok) {
        saved((await response.json()) as OwnMedia);
        captionsFile.value = '';
        say(
          captionsStatus,
          tr('media.mine.captions.added', { language: languageLabel(tr, locale, language) }),
          'success',
        );
        return;
      }
      if (sessionEnded(response, captionsStatus)) return;
      const problem = await readProblem(response);
      if (response.status === 400) {
        const lines = (problem.errors ?? []).map(({ path }) => /\d+/.exec(path)?.[0]).filter(Boolean) as string[];
        captionsFileError.textContent = tr('media.mine.captions.invalid', {
          lines: new Intl.ListFormat(locale).format(lines.slice(0, 5)),
        });
        reportErrors([captionsFile]);
        say(captionsStatus, tr('form.invalid'), 'error');
      } else {
        say(captionsStatus, tr('form.failed'), 'error');
      }
    } catch {
      say(captionsStatus, tr('form.failed'), 'error');
    }
  });

  const removeCaptions = async (language: string, label: string) => {
    if (!editing) return;
    say(captionsStatus, tr('media.mine.saving'));
    try {
      const response = await apiFetch(
        `/api/media/${encodeURIComponent(editing.id)}/captions/${encodeURIComponent(language)}`,
        { method: 'DELETE' },
      );
      if (response.ok) {
        saved((await response.json()) as OwnMedia);
        say(captionsStatus, tr('media.mine.captions.removed', { language: label }), 'success');
        captionsFile.focus();
      } else if (!sessionEnded(response, captionsStatus)) say(captionsStatus, tr('form.failed'), 'error');
    } catch {
      say(captionsStatus, tr('form.failed'), 'error');
    }
  };

  // The delete dialog
  const deleteDialog = part<HTMLDialogElement>(root, '[data-delete-dialog]');
  const deleteTitle = part(deleteDialog, '[data-delete-title]');
  const deleteStatus = part(deleteDialog, '[data-delete-status]');
  let deleting: OwnMedia | undefined;
  const openDelete = (id: string) => {
    deleting = media.find((known) => known.id === id);
    if (!deleting) return;
    opener = document.activeElement as HTMLElement | null;
    deleteTitle.textContent = tr('media.mine.delete.title', { title: deleting.title });
    say(deleteStatus, '');
    deleteDialog.showModal();
    deleteTitle.focus();
  };
  part(deleteDialog, '[data-delete-confirm]').addEventListener('click', async () => {
    if (!deleting) return;
    const gone = deleting;
    say(deleteStatus, tr('media.mine.deleting'));
    try {
      const response = await api.api.media[':id'].$delete({ param: { id: gone.id } });
      if (!response.ok && response.status !== 404) {
        if (!sessionEnded(response, deleteStatus)) say(deleteStatus, tr('form.failed'), 'error');
        return;
      }
      opener = listTitle;
      deleteDialog.close();
      await load();
      say(listStatus, tr('media.mine.deleted', { title: gone.title }), 'success');
    } catch {
      say(deleteStatus, tr('form.failed'), 'error');
    }
  });

  for (const dialog of [editDialog, deleteDialog]) {
    for (const close of dialog.querySelectorAll('[data-dialog-close]')) {
      close.addEventListener('click', () => dialog.close());
    }
    dialog.addEventListener('close', () => {
      // Back to the button that opened it (its card may have been redrawn meanwhile).
      const id = editing?.id ?? deleting?.id;
      const target =
        opener && document.contains(opener)
          ? opener
          : (list.querySelector<HTMLElement>(`[data-media-id="${CSS.escape(id ?? '')}"] button`) ?? listTitle);
      target.focus();
      editing = undefined;
      deleting = undefined;
    });
  }

  return async () => {
    if (await load()) {
      showState(root, 'ready');
      void followProcessing();
    } else if (root.dataset.state !== 'signed-out') showState(root, 'error');
  };
};

const root = document.querySelector<HTMLElement>('[data-my-media]');
if (root) {
  const tr = stringsOf(root);
  let open: (() => Promise<void>) | undefined;
  whenSignedIn(root, ({ profile }, fresh) => {
    if (fresh) announceProfile(profile);
    open ??= start(root, tr);
    void open().catch(() => showState(root, 'error'));
  });
}
