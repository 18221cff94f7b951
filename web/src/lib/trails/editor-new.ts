/**
 * Browser island of the trail creation page (`views/trails/EditorNewTrail.astro`): checks
 * that the signed-in person stewards the project named in the address, then sends the form and
 * opens the new trail's editor.
 */
import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { creationForm } from '../ui/create-form.ts';
import { element, part } from '../ui/dom.ts';
import { projectHref } from '../ui/links.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { fillNodes, pageLocale, stringsOf } from '../ui/strings.ts';
import { trailFields } from './editor-fields.ts';
import { DEFAULT_POLICY } from './editor-licences.ts';
import { trailNewParam } from './editor-links.ts';
import { trailEditHref } from './links.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const root = document.querySelector<HTMLElement>('[data-trail-new]');

/** The language switcher leads to the same form for the same project. */
const carryProjectToOtherLanguage = (slug: string) => {
  const switcher = document.querySelector<HTMLAnchorElement>('header a[hreflang]');
  const other = pageLocale() === 'fr' ? 'en' : 'fr';
  if (!switcher) return;
  const base = switcher.getAttribute('href')?.split('?')[0] ?? '';
  switcher.setAttribute('href', `${base}?${new URLSearchParams({ [trailNewParam[other]]: slug })}`);
};

const start = (root: HTMLElement, slug: string) => {
  const s = stringsOf(root);
  const locale = pageLocale();
  const formElement = part<HTMLFormElement>(root, '[data-trail-fields]');
  const form = trailFields(formElement, s);
  form.fill({
    title: '',
    description: '',
    area: '',
    languages: [locale],
    contributionMode: 'members',
    moderationMode: 'review-first',
    licencePolicy: DEFAULT_POLICY,
  });
  creationForm({
    root,
    form: formElement,
    fields: form,
    s,
    creating: s('trailEditor.new.creating'),
    send: async (values) => {
      const response = await api.api.trails.$post({ json: { projectSlug: slug, ...values } });
      if (response.status !== 201) return response;
      window.location.assign(trailEditHref(locale, (await response.json()).trail.id));
    },
    refused: ({ status }) => {
      if (status === 409) {
        say(form.status, s('trailEditor.new.titleTaken'), 'error');
        form.title.focus();
      } else if (status === 403 || status === 404) {
        showState(root, status === 403 ? 'forbidden' : 'not-found');
      }
      return status === 409 || status === 403 || status === 404;
    },
  });
};

if (root) {
  const locale = pageLocale();
  const slug = new URLSearchParams(window.location.search).get(trailNewParam[locale])?.trim().toLowerCase() ?? '';
  const signIn = root.querySelector<HTMLAnchorElement>('[data-sign-in-link]');
  if (signIn) {
    const url = new URL(signIn.href, window.location.href);
    url.searchParams.set('next', `${window.location.pathname}${window.location.search}`);
    signIn.href = `${url.pathname}${url.search}`;
  }
  if (!SLUG.test(slug)) {
    showState(root, 'missing');
  } else {
    carryProjectToOtherLanguage(slug);
    let started = false;
    whenSignedIn(root, async () => {
      const param = { slug };
      try {
        const [project, membership] = await Promise.all([
          api.api.projects[':slug'].$get({ param }, { init: { cache: 'no-store' } }),
          api.api.projects[':slug'].membership.$get({ param }, { init: { cache: 'no-store' } }),
        ]);
        if (project.status === 404 || (membership.status as number) === 404) {
          showState(root, 'not-found');
          return;
        }
        if (!project.ok || !membership.ok)
          throw new Error(`The project answered ${project.status}/${membership.status}`);
        const detail = await project.json();
        const link = part<HTMLAnchorElement>(root, '[data-project-link]');
        link.href = projectHref(locale, slug);
        if ((await membership.json()).role !== 'steward') {
          showState(root, 'forbidden');
          part(root, '[data-back-to-project]').hidden = false;
          return;
        }
        const s = stringsOf(root);
        const projectLink = element('a', undefined, detail.title);
        projectLink.href = projectHref(locale, slug);
        part(root, '[data-for-project]').replaceChildren(
          ...fillNodes(s('trailEditor.new.forProject'), { project: projectLink }),
        );
        showState(root, 'ready');
        if (!started) start(root, slug);
        started = true;
      } catch (error) {
        console.warn('The project could not be read:', error);
        showState(root, 'error');
      }
    });
  }
}
