/**
 * The project form (`components/projects/ProjectForm.astro`), for creating and editing: reads and
 * checks the fields, fills them with a project, and shows the API's field errors. The summary's
 * count (`summary-count.ts`) and the place's buttons (`place.ts`) are its parts.
 */
import type { LicenceId } from '../../../../../functions/licences/licences.ts';
import { say } from '../../ui/announce.ts';
import { part } from '../../ui/dom.ts';
import { clearErrors, type Problem, reportErrors } from '../../ui/form.ts';
import type { Translate } from '../../ui/strings.ts';
import type { ProjectDetail } from '../types.ts';
import { placeButtons } from './place.ts';
import { SUMMARY_MAX, summaryCount } from './summary-count.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ProjectValues {
  slug?: string;
  title: string;
  summary: string;
  description: string;
  neighbourhood: string;
  tags: string[];
  place: { lat: number; lng: number } | null;
  defaultLicence: LicenceId;
  status: ProjectDetail['status'];
  joinMode: ProjectDetail['joinMode'];
  visibility: ProjectDetail['visibility'];
}

/** "Son, patrimoine ,, son" → ["son", "patrimoine"], as the API stores them. */
const parseTags = (text: string) => [
  ...new Set(
    text
      .split(',')
      .map((tag) => tag.trim().toLowerCase())
      .filter(Boolean),
  ),
];

/** A coordinate typed with a decimal comma or point; NaN when it is not a number. */
const parseCoordinate = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.')));

export const projectForm = (form: HTMLFormElement, s: Translate) => {
  const field = <T extends HTMLElement = HTMLInputElement>(name: string) =>
    part<T>(form, `[data-field="${CSS.escape(name)}"]`);
  const title = field('title');
  const slug = form.querySelector<HTMLInputElement>('[data-field="slug"]');
  const summary = field<HTMLTextAreaElement>('summary');
  const description = field<HTMLTextAreaElement>('description');
  const neighbourhood = field('neighbourhood');
  const tags = field('tags');
  const lat = field('place.lat');
  const lng = field('place.lng');
  const licence = field<HTMLSelectElement>('defaultLicence');
  const status = field<HTMLSelectElement>('status');
  const joinMode = field<HTMLFieldSetElement>('joinMode');
  const visibility = field<HTMLFieldSetElement>('visibility');
  const formStatus = part(form, '[data-form-status]');

  const updateCount = summaryCount(form, summary, s);
  placeButtons(form, lat, lng, s);

  const checked = (group: HTMLFieldSetElement) => group.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
  const check = (group: HTMLFieldSetElement, value: string) => {
    for (const radio of group.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      radio.checked = radio.value === value;
    }
  };

  /** Puts back the usual message of the slug field after a "taken" one. */
  let restoreSlugMessage = () => {};

  /** The values, or the controls to correct (focused, with their messages shown). */
  const read = (): ProjectValues | undefined => {
    restoreSlugMessage();
    clearErrors(form);
    say(formStatus, '');
    for (const control of [title, summary, description, neighbourhood, tags, lat, lng]) {
      control.value = control.value.trim();
    }
    if (slug) slug.value = slug.value.trim().toLowerCase();
    const tagList = parseTags(tags.value);
    const latitude = parseCoordinate(lat.value);
    const longitude = parseCoordinate(lng.value);
    const noPlace = lat.value === '' && lng.value === '';
    const invalid = [
      title.value.length < 3 || title.value.length > 120 ? title : null,
      slug && slug.value !== '' && (slug.value.length < 3 || slug.value.length > 60 || !SLUG.test(slug.value))
        ? slug
        : null,
      summary.value.length < 1 || summary.value.length > SUMMARY_MAX ? summary : null,
      description.value.length > 20_000 ? description : null,
      neighbourhood.value.length > 80 ? neighbourhood : null,
      tagList.length > 10 || tagList.some((tag) => tag.length > 30) ? tags : null,
      !noPlace && !(Math.abs(latitude) <= 90) ? lat : null,
      !noPlace && !(Math.abs(longitude) <= 180) ? lng : null,
    ].filter((control): control is HTMLInputElement => control !== null);
    if (!reportErrors(invalid)) {
      say(formStatus, s('form.invalid'), 'error');
      return undefined;
    }
    return {
      ...(slug?.value ? { slug: slug.value } : {}),
      title: title.value,
      summary: summary.value,
      description: description.value,
      neighbourhood: neighbourhood.value,
      tags: tagList,
      place: noPlace ? null : { lat: latitude, lng: longitude },
      defaultLicence: licence.value as LicenceId,
      status: status.value as ProjectValues['status'],
      joinMode: checked(joinMode) === 'open' ? 'open' : 'request',
      visibility: checked(visibility) === 'public' ? 'public' : 'draft',
    };
  };

  /** Shows a project's current values (the edit form). */
  const fill = (project: ProjectDetail) => {
    title.value = project.title;
    summary.value = project.summary;
    description.value = project.description;
    neighbourhood.value = project.neighbourhood ?? '';
    tags.value = project.tags.join(', ');
    lat.value = project.place ? String(project.place.lat) : '';
    lng.value = project.place ? String(project.place.lng) : '';
    licence.value = project.defaultLicence;
    status.value = project.status;
    check(joinMode, project.joinMode);
    check(visibility, project.visibility);
    updateCount(false);
  };

  /** The API's validation errors, on the controls its field paths name (`tags.3` → tags). */
  const showProblem = (problem: Problem): boolean => {
    const controls = (problem.errors ?? [])
      .map(({ path }) => {
        if (path === 'place') return lat;
        return (
          form.querySelector<HTMLElement>(`[data-field="${CSS.escape(path)}"]`) ??
          form.querySelector<HTMLElement>(`[data-field="${CSS.escape(path.split('.')[0] ?? '')}"]`)
        );
      })
      .filter((control): control is HTMLElement => control !== null);
    if (controls.length === 0) return false;
    reportErrors([...new Set(controls)]);
    say(formStatus, s('form.invalid'), 'error');
    return true;
  };

  /** A slug that is taken: its message names the free one the API proposes, already filled in. */
  const offerSlug = (taken: string, proposed: string) => {
    if (!slug) return;
    const message = document.getElementById(`${slug.id}-error`)?.lastChild;
    if (message) {
      const usual = message.textContent;
      message.textContent = ` ${s('projects.form.slug.taken', { slug: taken, proposed })}`;
      restoreSlugMessage = () => {
        message.textContent = usual;
      };
    }
    slug.value = proposed;
    reportErrors([slug]);
    say(formStatus, s('form.invalid'), 'error');
  };

  return { read, fill, showProblem, offerSlug, status: formStatus, licence };
};

export type ProjectFormControl = ReturnType<typeof projectForm>;
