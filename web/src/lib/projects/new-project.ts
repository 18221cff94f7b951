/**
 * Browser island of the create page (`views/projects/NewProject.astro`): once a signed-in person
 * is known, sends the form and opens the new project's page. A chosen address that is taken comes
 * back with a free one proposed, filled in for the person to keep or change.
 */

import { api } from '../api.ts';
import { creationForm } from '../ui/create-form.ts';
import { part } from '../ui/dom.ts';
import { projectHref } from '../ui/links.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { pageLocale, stringsOf } from '../ui/strings.ts';
import { projectForm } from './project-form/form.ts';

/** The licence the API would choose by default: sharing alike keeps the commons open. */
const DEFAULT_LICENCE = 'CC-BY-SA-4.0';

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const formElement = part<HTMLFormElement>(root, '[data-project-form]');
  const form = projectForm(formElement, s);
  form.licence.value = DEFAULT_LICENCE;
  creationForm({
    root,
    form: formElement,
    fields: form,
    s,
    creating: s('projects.new.creating'),
    send: async ({ place, neighbourhood, ...rest }) => {
      const response = await api.api.projects.$post({
        json: { ...rest, ...(neighbourhood ? { neighbourhood } : {}), ...(place ? { place } : {}) },
      });
      if (response.status !== 201) return response;
      window.location.assign(projectHref(pageLocale(), (await response.json()).slug));
    },
    // A chosen address that is taken: the free one the API proposes, filled in.
    refused: (problem, values) => {
      const proposed = (problem as { proposedSlug?: unknown }).proposedSlug;
      if (problem.status !== 409 || typeof proposed !== 'string') return false;
      form.offerSlug(values.slug ?? '', proposed);
      return true;
    },
  });
};

const root = document.querySelector<HTMLElement>('[data-new-project]');
if (root) {
  let started = false;
  whenSignedIn(root, () => {
    showState(root, 'ready');
    if (!started) start(root);
    started = true;
  });
}
