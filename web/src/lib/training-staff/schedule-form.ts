/**
 * The form that schedules a workshop (`POST /api/training/{module}/sessions`): a day and times
 * typed in the city's zone, a place, seats, a language and an optional last day to register.
 */
import { say } from '../ui/announce.ts';
import { commonFailure } from '../ui/failures.ts';
import { clearErrors, controlsOf, readProblem, reportErrors } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import { pageLocale } from '../ui/strings.ts';
import { paths, send } from './calls.ts';
import { cityDateTime, cityInstant, cityToday } from './city-time.ts';
import type { StaffContext } from './teach-context.ts';
import type { ModuleSummary, WorkshopSession } from './types.ts';

const fieldValue = (form: HTMLFormElement, name: string) =>
  (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value.trim();

/** The request, or the controls to correct. */
const readForm = (form: HTMLFormElement) => {
  const control = (name: string) => form.querySelector<HTMLElement>(`[data-field="${name}"]`) as HTMLElement;
  const invalid: HTMLElement[] = [];
  const day = fieldValue(form, 'date');
  const startsAt = cityInstant(day, fieldValue(form, 'startsAt'));
  const endsAt = cityInstant(day, fieldValue(form, 'endsAt'));
  const seats = Number(fieldValue(form, 'seats'));
  const place = fieldValue(form, 'place');
  const deadlineDay = fieldValue(form, 'deadline');
  if (!fieldValue(form, 'module')) invalid.push(control('module'));
  if (!day || day < cityToday()) invalid.push(control('date'));
  if (!startsAt || Date.parse(startsAt) <= Date.now()) invalid.push(control('startsAt'));
  if (!endsAt || (startsAt && endsAt <= startsAt)) invalid.push(control('endsAt'));
  if (!place || place.length > 300) invalid.push(control('place'));
  if (!Number.isInteger(seats) || seats < 1 || seats > 500) invalid.push(control('seats'));
  // A last day before the workshop's closes at its end; the workshop's own day closes at the start.
  let deadline: string | undefined;
  if (deadlineDay && deadlineDay > day) invalid.push(control('deadline'));
  else if (deadlineDay && deadlineDay < day) deadline = cityInstant(deadlineDay, '23:59');
  return {
    invalid,
    moduleId: fieldValue(form, 'module'),
    body: { startsAt, endsAt, place, seats, language: fieldValue(form, 'language'), ...(deadline ? { deadline } : {}) },
  };
};

export const scheduleForm = (context: StaffContext, scheduled: (session: WorkshopSession) => void) => {
  const { s, q } = context;
  const form = q<HTMLFormElement>('[data-schedule-form]');
  const status = q('[data-schedule-status]');
  q<HTMLInputElement>('#schedule-date').min = cityToday();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  const submit = guarded(
    async () => {
      clearErrors(form);
      const { invalid, moduleId, body } = readForm(form);
      if (!reportErrors(invalid)) {
        say(status, s('form.invalid'), 'error');
        return;
      }
      const response = await send('POST', paths.schedule(moduleId), body);
      if (response.ok) {
        const session = (await response.json()) as WorkshopSession;
        say(
          status,
          s('trainingStaff.schedule.done', { date: cityDateTime(pageLocale(), session.startsAt) }),
          'success',
        );
        scheduled(session);
        return;
      }
      if (context.lostAccess(response.status)) return;
      const problem = await readProblem(response);
      const named = controlsOf(form, problem);
      if (named.length > 0) {
        reportErrors(named);
        say(status, s('form.invalid'), 'error');
      } else say(status, commonFailure(problem.status, s), 'error');
    },
    () => say(status, s('form.failed'), 'error'),
  );

  return {
    /** The modules offered: those the person teaches. */
    offer: (modules: ModuleSummary[]) => {
      const select = q<HTMLSelectElement>('#schedule-module');
      select.replaceChildren(...modules.map((module) => new Option(module.title[pageLocale()], module.id)));
    },
  };
};
