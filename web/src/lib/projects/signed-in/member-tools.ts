/** Members' tools: a post to the journal (maybe with one of their media), and a medium added to the library. */
import { api } from '../../api.ts';
import { say } from '../../ui/announce.ts';
import { byId, part } from '../../ui/dom.ts';
import { commonFailure } from '../../ui/failures.ts';
import { readProblem, reportErrors } from '../../ui/form.ts';
import { onFormSubmit } from '../../ui/guard.ts';
import type { OwnMedia } from '../types.ts';
import type { ViewerContext, ViewerPart } from './context.ts';

const postForm = (context: ViewerContext, form: HTMLFormElement, media: HTMLSelectElement) => {
  const { s } = context;
  const body = byId<HTMLTextAreaElement>('post-body');
  const status = part(form, '[data-form-status]');
  onFormSubmit(form, status, s('form.failed'), async () => {
    body.value = body.value.trim();
    if (!reportErrors(body.value.length >= 1 && body.value.length <= 10_000 ? [] : [body])) return;
    say(status, s('projects.journal.posting'));
    const response = await api.api.projects[':slug'].journal.$post({
      param: { slug: context.slug },
      json: { body: body.value, ...(media.value ? { mediaId: media.value } : {}) },
    });
    const code = response.status as number;
    if (code === 201) {
      form.reset();
      say(status, s('projects.journal.posted'), 'success');
      void context.refreshJournal();
      void context.refreshActivity();
    } else if (code === 409) {
      say(status, '');
      reportErrors([media]);
    } else if (code === 400) {
      const problem = await readProblem(response);
      say(status, '');
      reportErrors((problem.errors ?? []).some(({ path }) => path === 'mediaId') ? [media] : [body]);
    } else {
      say(status, commonFailure(code, s), 'error');
    }
  });
};

const attachForm = (
  context: ViewerContext,
  form: HTMLFormElement,
  media: HTMLSelectElement,
  ownMedia: () => OwnMedia[] | undefined,
) => {
  const { s } = context;
  const status = part(form, '[data-form-status]');
  onFormSubmit(form, status, s('form.failed'), async () => {
    const chosen = ownMedia()?.find((known) => known.id === media.value);
    if (!reportErrors(chosen ? [] : [media]) || !chosen) return;
    const response = await api.api.projects[':slug'].media.$post({
      param: { slug: context.slug },
      json: { mediaId: chosen.id },
    });
    const code = response.status as number;
    if (code === 201) {
      say(status, s('projects.attach.done', { title: chosen.title }), 'success');
      await context.refresh();
      void context.refreshActivity();
    } else if (code === 409) {
      say(status, s('projects.attach.already'), 'error');
    } else if (code === 400) {
      reportErrors([media]);
    } else {
      say(status, commonFailure(code, s), 'error');
    }
  });
};

export const memberTools = (context: ViewerContext): ViewerPart => {
  const { q } = context;
  let ownMedia: OwnMedia[] | undefined;
  const post = q<HTMLFormElement>('[data-post-form]');
  const attach = q<HTMLFormElement>('[data-attach-form]');
  const postMedia = byId<HTMLSelectElement>('post-media');
  const attachMedia = byId<HTMLSelectElement>('attach-media');

  /** The person's ready media, read once, offered in both forms. */
  const loadOwnMedia = async () => {
    if (ownMedia) return;
    try {
      const response = await api.api.me.media.$get({ query: { limit: '100' } }, { init: { cache: 'no-store' } });
      ownMedia = response.ok ? (await response.json()).items.filter((media) => media.status === 'ready') : [];
    } catch {
      ownMedia = [];
    }
    const options = () =>
      (ownMedia ?? []).map((media) => {
        const option = document.createElement('option');
        option.value = media.id;
        option.textContent = media.title;
        return option;
      });
    postMedia.append(...options());
    attachMedia.replaceChildren(...options());
    part(attach, '[data-attach-none]').hidden = ownMedia.length > 0;
    part(attach, '[data-attach-fields]').hidden = ownMedia.length === 0;
  };

  postForm(context, post, postMedia);
  attachForm(context, attach, attachMedia, () => ownMedia);

  return {
    render: () => {
      const { role } = context.membership();
      post.hidden = !role;
      attach.hidden = !role;
      if (role) void loadOwnMedia();
    },
  };
};
