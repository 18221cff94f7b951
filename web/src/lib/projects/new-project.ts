/**
 * Browser island of the create page (`views/projects/NewProject.astro`): once a signed-in person
 * is known, sends the form and opens the new project's page. A chosen address that is taken comes
 * back with a free one proposed, filled in for the person to keep or change.
 */

import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { readProblem } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import { projectHref } from '../ui/links.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { forgetSignedIn } from '../ui/session.ts';
import { pageLocale, stringsOf } from '../ui/strings.ts';
import { projectForm } from './project-form/form.ts';

/** The licence the API would choose by default: sharing alike keeps the commons open. */
const DEFAULT_LICENCE = 'CC-BY-SA-4.0';

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const formElement = part<HTMLFormElement>(root, '[data-project-form]');
  const form = projectForm(formElement, s);
  form.licence.value = DEFAULT_LICENCE;
  const create = guarded(async () => {
    const values = form.read();
    if (!values) return;
    say(form.status, s('projects.new.creating'));
    try {
      const { place, neighbourhood, ...rest } = values;
      const response = await api.api.projects.$post({
        json: { ...rest, ...(neighbourhood ? { neighbourhood } : {}), ...(place ? { place } : {}) },
      });
      if (response.status === 201) {
        const created = await response.json();
        window.location.assign(projectHref(pageLocale(), created.slug));
        return;
      }
      const code = response.status as number;
      const problem = await readProblem(response);
      const proposed = (problem as { proposedSlug?: unknown }).proposedSlug;
      if (code === 409 && typeof proposed === 'string') {
        form.offerSlug(values.slug ?? '', proposed);
      } else if (code === 400 && form.showProblem(problem)) {
        // Shown on the fields.
      } else if (code === 401) {
        forgetSignedIn();
        showState(root, 'signed-out');
      } else {
        say(form.status, commonFailure(code, s), 'error');
      }
    } catch {
      say(form.status, s('form.failed'), 'error');
    }
  });
  formElement.addEventListener('submit', (event) => {
    event.preventDefault();
    void create();
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
