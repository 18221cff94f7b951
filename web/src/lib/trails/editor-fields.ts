/**
 * The trail form (`views/trails/EditorTrailFields.astro`), for creating and editing: reads and
 * checks the fields, applies the licence presets, fills the form from a trail, and shows the API's
 * field errors on the controls its paths name.
 */

import { say } from '../ui/announce.ts';
import { part } from '../ui/dom.ts';
import { clearErrors, type Problem, reportErrors } from '../ui/form.ts';
import type { Translate } from '../ui/strings.ts';
import { type LicenceId, licenceNames } from './editor-licences.ts';
import type { ContributionMode, ModerationMode, TrailDetail } from './editor-types.ts';

export interface TrailValues {
  title: string;
  description: string;
  languages: string[];
  area: string;
  contributionMode: ContributionMode;
  moderationMode: ModerationMode;
  licencePolicy: LicenceId[];
}

export const trailFields = (form: HTMLFormElement, s: Translate) => {
  const field = <T extends HTMLElement = HTMLInputElement>(name: string) => part<T>(form, `[data-field="${name}"]`);
  const title = field('title');
  const description = field<HTMLTextAreaElement>('description');
  const area = field('area');
  const languages = field<HTMLFieldSetElement>('languages');
  const contributionMode = field<HTMLFieldSetElement>('contributionMode');
  const moderationMode = field<HTMLFieldSetElement>('moderationMode');
  const licencePolicy = field<HTMLFieldSetElement>('licencePolicy');
  const status = part(form, '[data-form-status]');
  const presetStatus = part(form, '[data-preset-status]');

  const boxes = (group: HTMLFieldSetElement) => [...group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const checkedValues = (group: HTMLFieldSetElement) =>
    boxes(group)
      .filter((box) => box.checked)
      .map((box) => box.value);
  const checkValues = (group: HTMLFieldSetElement, values: readonly string[]) => {
    for (const box of boxes(group)) box.checked = values.includes(box.value);
  };
  const radio = (group: HTMLFieldSetElement) => group.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
  const checkRadio = (group: HTMLFieldSetElement, value: string) => {
    for (const input of group.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
      input.checked = input.value === value;
  };

  for (const button of form.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
    button.addEventListener('click', () => {
      const licences = (button.dataset.licences ?? '').split(' ');
      checkValues(licencePolicy, licences);
      say(presetStatus, s('trailEditor.fields.presets.applied', { list: licenceNames(licences) }));
    });
  }

  /** The values, or undefined with the controls to correct shown and the first focused. */
  const read = (): TrailValues | undefined => {
    clearErrors(form);
    say(status, '');
    for (const control of [title, description, area]) control.value = control.value.trim();
    const chosenLanguages = checkedValues(languages);
    const policy = checkedValues(licencePolicy) as LicenceId[];
    const invalid = (
      [
        title.value.length < 3 || title.value.length > 120 ? title : null,
        description.value.length > 5000 ? description : null,
        area.value.length < 1 || area.value.length > 80 ? area : null,
        chosenLanguages.length === 0 ? languages : null,
        policy.length === 0 ? licencePolicy : null,
      ] as (HTMLElement | null)[]
    ).filter((control): control is HTMLElement => control !== null);
    if (!reportErrors(invalid)) {
      say(status, s('form.invalid'), 'error');
      return undefined;
    }
    return {
      title: title.value,
      description: description.value,
      languages: chosenLanguages,
      area: area.value,
      contributionMode: radio(contributionMode) === 'citizens' ? 'citizens' : 'members',
      moderationMode: radio(moderationMode) === 'publish-first' ? 'publish-first' : 'review-first',
      licencePolicy: policy,
    };
  };

  const fill = (trail: Pick<TrailDetail, keyof TrailValues>) => {
    title.value = trail.title;
    description.value = trail.description;
    area.value = trail.area;
    checkValues(languages, trail.languages);
    checkRadio(contributionMode, trail.contributionMode);
    checkRadio(moderationMode, trail.moderationMode);
    checkValues(licencePolicy, trail.licencePolicy);
  };

  /** The API's validation errors on their controls (`languages.0` → languages); false if none matched. */
  const showProblem = (problem: Problem): boolean => {
    const controls = (problem.errors ?? [])
      .map(({ path }) => form.querySelector<HTMLElement>(`[data-field="${CSS.escape(path.split('.')[0] ?? '')}"]`))
      .filter((control): control is HTMLElement => control !== null);
    if (controls.length === 0) return false;
    reportErrors([...new Set(controls)]);
    say(status, s('form.invalid'), 'error');
    return true;
  };

  return { read, fill, showProblem, status, title, licencePolicy };
};

export type TrailFieldsControl = ReturnType<typeof trailFields>;
