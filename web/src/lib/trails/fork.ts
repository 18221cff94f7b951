/**
 * "Fork into my project" (loaded by the trail page for a signed-in person): copies the published
 * trail into a project the person stewards, then opens the new draft in the editor. The projects
 * they steward are offered as suggestions (GET /api/me/projects); any project address can be typed.
 */
import { apiFetch } from '../api.ts';
import { say } from '../ui/announce.ts';
import { element, part } from '../ui/dom.ts';
import { requestTimeout } from '../ui/fetch.ts';
import { clearErrors, reportErrors } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import { forgetSignedIn } from '../ui/session.ts';
import { pageLocale, type Translate } from '../ui/strings.ts';
import { trailEditHref } from './links.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const suggestProjects = async (options: HTMLElement) => {
  try {
    const response = await fetch('/api/me/projects', { signal: requestTimeout(), cache: 'no-store' });
    if (!response.ok) return;
    const { items } = (await response.json()) as { items: { slug: string; title: string; role: string }[] };
    options.replaceChildren(
      ...items
        .filter((project) => project.role === 'steward')
        .map((project) => {
          const option = element('option');
          option.value = project.slug;
          option.label = project.title;
          return option;
        }),
    );
  } catch {
    // Suggestions only: the address can still be typed.
  }
};

export const startFork = (page: HTMLElement, trailId: string, s: Translate, onSignedOut: () => void) => {
  const form = part<HTMLFormElement>(page, '[data-fork-form]');
  const input = part<HTMLInputElement>(form, '#fork-project');
  const status = part(form, '[data-fork-status]');
  form.hidden = false;
  void suggestProjects(part(form, '[data-fork-options]'));
  const fork = guarded(async () => {
    clearErrors(form);
    say(status, '');
    input.value = input.value.trim().toLowerCase();
    if (!reportErrors(SLUG.test(input.value) && input.value.length >= 3 && input.value.length <= 60 ? [] : [input])) {
      return;
    }
    say(status, s('trails.fork.sending'));
    try {
      const response = await apiFetch(`/api/trails/${encodeURIComponent(trailId)}/forks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ projectSlug: input.value }),
      });
      if (response.status === 201) {
        const created = (await response.json()) as { trail: { id: string } };
        say(status, s('trails.fork.done'), 'success');
        window.location.assign(trailEditHref(pageLocale(), created.trail.id));
        return;
      }
      if (response.status === 401) {
        forgetSignedIn();
        onSignedOut();
        say(status, s('form.sessionEnded'), 'error');
      } else if (response.status === 403) {
        say(status, s('trails.fork.notSteward', { project: input.value }), 'error');
      } else if (response.status === 404) {
        say(status, s('trails.fork.notFound', { project: input.value }), 'error');
      } else if (response.status === 409) {
        // Share-alike media the project's licence policy would not respect (the API's detail is English).
        say(status, s('trails.fork.refused'), 'error');
      } else if (response.status === 400) {
        reportErrors([input]);
        say(status, '');
      } else {
        say(status, s('form.failed'), 'error');
      }
    } catch {
      say(status, s('form.failed'), 'error');
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void fork();
  });
};
