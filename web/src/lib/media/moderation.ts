/**
 * Browser island of the moderation queue (`views/media/Moderation.astro`): lists reported media,
 * projects and trails with the reasons given, and sends the decisions (restore, hide with a reason,
 * delete after confirmation). Each decision closes the reports, so the item leaves the queue.
 */
import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { element as el, part } from '../ui/dom.ts';
import { clearErrors, reportErrors } from '../ui/form.ts';
import { formatDateTime } from '../ui/format.ts';
import { projectHref, trailHref } from '../ui/links.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { announceProfile, forgetSignedIn } from '../ui/session.ts';
import { fillNodes, pageLocale, plural, stringsOf, type Translate } from '../ui/strings.ts';
import { FAMILY_TEXT, reasonText, STATUS_TEXT } from './describe.ts';
import type { ModerationItem } from './types.ts';

const PAGE_SIZE = '20';

type Decision = { ok: true; message: string } | { ok: false; status: number };

const start = (root: HTMLElement, tr: Translate, isAdmin: boolean) => {
  const locale = pageLocale();
  const queue = part<HTMLUListElement>(root, '[data-queue]');
  const listStatus = part(root, '[data-list-status]');
  const heading = part(root, '#queue-title');
  const more = part<HTMLButtonElement>(root, '[data-more]');
  let cursor: string | null = null;

  const flagList = (flags: ModerationItem['flags']) =>
    el(
      'div',
      { class: 'queue-item__flags' },
      el('h4', {}, plural(tr, 'media.moderation.flags', flags.length)),
      el(
        'ul',
        {},
        ...flags.map((flag) =>
          el(
            'li',
            {},
            el('time', { datetime: flag.createdAt }, formatDateTime(locale, flag.createdAt)),
            ' — ',
            el('q', {}, flag.reason),
          ),
        ),
      ),
    );

  /** The hide form of one item: a reason the uploader or stewards will read. */
  const hideForm = (key: string, send: (reason: string) => Promise<Decision>, status: HTMLElement) => {
    const id = `hide-${key}`;
    const textarea = el('textarea', {
      class: 'field__control',
      id,
      rows: '2',
      maxlength: '1000',
      'aria-describedby': `${id}-hint`,
    });
    const form = el(
      'form',
      { class: 'queue-item__hide', novalidate: '' },
      el(
        'div',
        { class: 'field' },
        el('label', { class: 'field__label', for: id }, tr('media.moderation.hide.label')),
        el('p', { class: 'field__hint', id: `${id}-hint` }, tr('media.moderation.hide.hint')),
        el(
          'p',
          { class: 'field__error', id: `${id}-error`, hidden: '' },
          el('span', { class: 'visually-hidden' }, `${tr('form.errorPrefix')} `),
          tr('media.moderation.hide.error'),
        ),
        textarea,
      ),
      el(
        'div',
        { class: 'form-actions' },
        el('button', { class: 'button', type: 'submit' }, tr('media.moderation.hide.submit')),
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearErrors(form);
      textarea.value = textarea.value.trim();
      if (!reportErrors(textarea.value.length >= 3 && textarea.value.length <= 1000 ? [] : [textarea])) return;
      void decide(() => send(textarea.value), status);
    });
    return form;
  };

  const actionButton = (label: string, title: string, className = 'button button--secondary') =>
    el(
      'button',
      { class: className, type: 'button' },
      label,
      el('span', { class: 'visually-hidden' }, tr('media.moderation.of', { title })),
    );

  const mediaItem = (item: Extract<ModerationItem, { kind: 'media' }>) => {
    const { media, uploader } = item;
    const status = el('p', { class: 'form-status', role: 'status' });
    const head = el(
      'div',
      { class: 'queue-item__head' },
      el('span', { class: 'badge' }, tr('media.moderation.kind.media')),
      el('h3', {}, media.title),
      el('span', { class: `badge badge--${media.status}` }, tr(STATUS_TEXT[media.status])),
    );
    const li = el('li', { class: 'queue-item', 'data-kind': 'media', 'data-id': media.id }, head);
    li.append(
      el('p', { class: 'media-item__meta' }, [tr(FAMILY_TEXT[media.family]), media.attributionName].join(' · ')),
    );
    const reason = reasonText(tr, media);
    if (reason) li.append(el('p', { class: 'media-item__reason' }, reason));
    const links = el('p', { class: 'queue-item__links' });
    if (media.url)
      links.append(
        el(
          'a',
          { href: media.url },
          tr('media.moderation.openFile'),
          el('span', { class: 'visually-hidden' }, tr('media.moderation.of', { title: media.title })),
        ),
      );
    if (media.status === 'ready') {
      links.append(
        ' ',
        el(
          'a',
          { href: `${root.dataset.mediaPage}?id=${media.id}` },
          tr('media.moderation.openPage'),
          el('span', { class: 'visually-hidden' }, tr('media.moderation.of', { title: media.title })),
        ),
      );
    }
    if (links.childNodes.length > 0) li.append(links);
    if (media.description) li.append(el('p', { class: 'queue-item__text' }, media.description));
    li.append(flagList(item.flags));
    li.append(
      el(
        'p',
        { class: 'queue-item__history' },
        tr('media.moderation.uploader', {
          name: uploader.attributionName,
          count: uploader.mediaCount,
          hidden: uploader.hiddenCount,
          rejected: uploader.rejectedCount,
        }),
      ),
    );

    const restore = actionButton(tr('media.moderation.restore'), media.title);
    restore.addEventListener('click', () =>
      decide(async () => {
        const response = await api.api.moderation.media[':id'].restore.$post({ param: { id: media.id } });
        return response.ok
          ? { ok: true, message: tr('media.moderation.restored', { title: media.title }) }
          : { ok: false, status: response.status };
      }, status),
    );
    const remove = actionButton(tr('media.moderation.delete'), media.title, 'button button--danger');
    remove.addEventListener('click', () => openDelete(media.id, media.title, remove, status));
    li.append(
      el('div', { class: 'form-actions' }, restore, remove),
      hideForm(
        `media-${media.id}`,
        async (hideReason) => {
          const response = await api.api.moderation.media[':id'].hide.$post({
            param: { id: media.id },
            json: { reason: hideReason },
          });
          return response.ok
            ? { ok: true, message: tr('media.moderation.hidden', { title: media.title }) }
            : { ok: false, status: response.status };
        },
        status,
      ),
      status,
    );
    return li;
  };

  const projectItem = (item: Extract<ModerationItem, { kind: 'project' }>) => {
    const { project } = item;
    const status = el('p', { class: 'form-status', role: 'status' });
    const li = el(
      'li',
      { class: 'queue-item', 'data-kind': 'project', 'data-id': project.slug },
      el(
        'div',
        { class: 'queue-item__head' },
        el('span', { class: 'badge' }, tr('media.moderation.kind.project')),
        el('h3', {}, project.title),
        project.hidden ? el('span', { class: 'badge badge--hidden' }, tr('media.status.hidden')) : '',
      ),
      el('p', { class: 'queue-item__text' }, project.summary),
    );
    if (project.hidden)
      li.append(
        el(
          'p',
          { class: 'media-item__reason' },
          tr('media.moderation.projectHidden', { reason: project.hidden.reason }),
        ),
      );
    li.append(flagList(item.flags));
    if (!isAdmin) {
      li.append(el('p', { class: 'muted' }, tr('media.moderation.adminsOnly')));
      return li;
    }
    const restore = actionButton(tr('media.moderation.restore'), project.title);
    restore.addEventListener('click', () =>
      decide(async () => {
        const response = await api.api.moderation.projects[':slug'].restore.$post({ param: { slug: project.slug } });
        return response.ok
          ? { ok: true, message: tr('media.moderation.restored', { title: project.title }) }
          : { ok: false, status: response.status };
      }, status),
    );
    li.append(
      el('div', { class: 'form-actions' }, restore),
      hideForm(
        `project-${project.slug}`,
        async (reason) => {
          const response = await api.api.moderation.projects[':slug'].hide.$post({
            param: { slug: project.slug },
            json: { reason },
          });
          return response.ok
            ? { ok: true, message: tr('media.moderation.hidden', { title: project.title }) }
            : { ok: false, status: response.status };
        },
        status,
      ),
      status,
    );
    return li;
  };

  /** A reported trail: its title links to the trail page; admins alone decide (like projects). */
  const trailItem = (item: Extract<ModerationItem, { kind: 'trail' }>) => {
    const { trail } = item;
    const status = el('p', { class: 'form-status', role: 'status' });
    const project = el('a', { href: projectHref(locale, trail.projectSlug) }, trail.projectSlug);
    const li = el(
      'li',
      { class: 'queue-item', 'data-kind': 'trail', 'data-id': trail.id },
      el(
        'div',
        { class: 'queue-item__head' },
        el('span', { class: 'badge' }, tr('media.moderation.kind.trail')),
        el('h3', {}, el('a', { href: trailHref(locale, trail.id) }, trail.title)),
        trail.hidden ? el('span', { class: 'badge badge--hidden' }, tr('media.status.hidden')) : '',
      ),
      el('p', { class: 'queue-item__text' }, ...fillNodes(tr('media.moderation.trailProject'), { project })),
    );
    if (trail.hidden)
      li.append(
        el('p', { class: 'media-item__reason' }, tr('media.moderation.trailHidden', { reason: trail.hidden.reason })),
      );
    li.append(flagList(item.flags));
    if (!isAdmin) {
      li.append(el('p', { class: 'muted' }, tr('media.moderation.trailAdminsOnly')));
      return li;
    }
    const param = { id: trail.id };
    const restore = actionButton(tr('media.moderation.restore'), trail.title);
    restore.addEventListener('click', () =>
      decide(async () => {
        const response = await api.api.moderation.trails[':id'].restore.$post({ param });
        return response.ok
          ? { ok: true, message: tr('media.moderation.restored', { title: trail.title }) }
          : { ok: false, status: response.status };
      }, status),
    );
    li.append(
      el('div', { class: 'form-actions' }, restore),
      hideForm(
        `trail-${trail.id}`,
        async (reason) => {
          const response = await api.api.moderation.trails[':id'].hide.$post({ param, json: { reason } });
          return response.ok
            ? { ok: true, message: tr('media.moderation.hidden', { title: trail.title }) }
            : { ok: false, status: response.status };
        },
        status,
      ),
      status,
    );
    return li;
  };

  const load = async (next?: string): Promise<boolean> => {
    const response = await api.api.moderation.queue.$get({ query: { limit: PAGE_SIZE, cursor: next } });
    if (!response.ok) {
      if ((response.status as number) === 401) {
        forgetSignedIn();
        showState(root, 'signed-out');
      } else if ((response.status as number) === 403) showState(root, 'forbidden');
      else say(listStatus, tr('media.moderation.failed'), 'error');
      return false;
    }
    const page = await response.json();
    const items = page.items.map((item) =>
      item.kind === 'media' ? mediaItem(item) : item.kind === 'project' ? projectItem(item) : trailItem(item),
    );
    if (next) queue.append(...items);
    else queue.replaceChildren(...items);
    cursor = page.nextCursor;
    more.hidden = !cursor;
    part(root, '[data-empty]').hidden = queue.children.length > 0;
    return true;
  };

  /** Sends a decision; on success the queue is loaded again and the result said above it. */
  const decide = async (send: () => Promise<Decision>, status: HTMLElement) => {
    say(status, tr('media.moderation.sending'));
    try {
      const result = await send();
      if (result.ok) {
        if (await load()) {
          say(listStatus, result.message, 'success');
          heading.focus();
        }
        return;
      }
      if (result.status === 401) {
        forgetSignedIn();
        say(status, tr('form.sessionEnded'), 'error');
      } else if (result.status === 404 || result.status === 409) {
        await load();
        say(listStatus, tr('media.moderation.changed'), 'error');
        heading.focus();
      } else say(status, tr(result.status === 403 ? 'media.moderation.adminsOnly' : 'form.failed'), 'error');
    } catch {
      say(status, tr('form.failed'), 'error');
    }
  };

  more.addEventListener('click', async () => {
    const shown = queue.children.length;
    if (cursor && (await load(cursor))) queue.children[shown]?.querySelector<HTMLElement>('button, a')?.focus();
  });

  // Deleting a medium for good is confirmed first.
  const dialog = part<HTMLDialogElement>(root, '[data-delete-dialog]');
  const dialogTitle = part(dialog, '[data-delete-title]');
  let deleting: { id: string; opener: HTMLElement; status: HTMLElement } | undefined;
  const openDelete = (id: string, title: string, opener: HTMLElement, status: HTMLElement) => {
    deleting = { id, opener, status };
    dialogTitle.textContent = tr('media.moderation.delete.title', { title });
    say(part(dialog, '[data-delete-status]'), '');
    dialog.showModal();
    dialogTitle.focus();
  };
  part(dialog, '[data-dialog-close]').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    if (deleting && document.contains(deleting.opener)) deleting.opener.focus();
    deleting = undefined;
  });
  part(dialog, '[data-delete-confirm]').addEventListener('click', async () => {
    if (!deleting) return;
    const { id, status } = deleting;
    deleting = undefined;
    dialog.close();
    await decide(async () => {
      const response = await api.api.moderation.media[':id'].$delete({ param: { id } });
      return response.ok
        ? { ok: true, message: tr('media.moderation.deleted') }
        : { ok: false, status: response.status };
    }, status);
  });

  return load;
};

const root = document.querySelector<HTMLElement>('[data-moderation]');
if (root) {
  const tr = stringsOf(root);
  let load: ((next?: string) => Promise<boolean>) | undefined;
  whenSignedIn(root, async ({ profile }, fresh) => {
    if (fresh) announceProfile(profile);
    const { roles } = profile;
    if (!roles.includes('staff') && !roles.includes('admin')) return showState(root, 'forbidden');
    load ??= start(root, tr, roles.includes('admin'));
    try {
      if (await load()) showState(root, 'ready');
      else if (root.dataset.state === 'loading') showState(root, 'error');
    } catch {
      showState(root, 'error');
    }
  });
}
