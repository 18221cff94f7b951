/**
 * The desk's "open a ticket" form: asset tag (a scanner types it and Enter), what is wrong, days
 * blocked from today. Problems show on their fields (`lib/ui/form.ts`): an unknown tag, a tag of
 * another point (naming both), a unit already in maintenance.
 */
import type { MessageKey } from '../../i18n/index.ts';
import { say } from '../ui/announce.ts';
import { element, part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { clearErrors, controlsOf, readProblem, reportErrors } from '../ui/form.ts';
import { onFormSubmit } from '../ui/guard.ts';
import type { Translate } from '../ui/strings.ts';
import { openTicket } from './maintenance-calls.ts';

type FieldName = 'assetTag' | 'reason' | 'days';

/** A labelled control in the pattern of `components/ui/Field.astro`: label, maybe a hint, its error waiting hidden. */
const field = (s: Translate, name: FieldName, control: HTMLInputElement | HTMLTextAreaElement, hint = false) => {
  const id = `maintenance-${name}`;
  const prefix = `lendingMaintenance.field.${name}`;
  control.id = id;
  control.name = name;
  control.dataset.field = name;
  control.classList.add('field__control');
  const hintNode = hint
    ? element('p', { class: 'field__hint', id: `${id}-hint` }, s(`${prefix}.hint` as MessageKey))
    : undefined;
  control.setAttribute('aria-describedby', [hintNode?.id, `${id}-error`].filter(Boolean).join(' '));
  return element(
    'div',
    'field',
    element('label', { class: 'field__label', for: id }, s(`${prefix}.label` as MessageKey)),
    ...(hintNode ? [hintNode] : []),
    element(
      'p',
      { class: 'field__error', id: `${id}-error`, hidden: '' },
      element('span', 'visually-hidden', `${s('form.errorPrefix')} `),
      element('span', { 'data-error-text': '' }, s(`${prefix}.error` as MessageKey)),
    ),
    control,
  );
};

export const openTicketForm = (
  s: Translate,
  status: HTMLElement,
  context: { pointId: () => string; pointName: (id: string) => string },
  opened: (message: string) => Promise<void>,
): HTMLFormElement => {
  const form = element('form', { novalidate: '', 'data-open-ticket': '' });
  const tag = element('input', { type: 'text', maxlength: '40', autocomplete: 'off', required: '' });
  const reason = element('textarea', { rows: '2', maxlength: '2000', required: '' });
  const days = element('input', { type: 'number', min: '1', max: '62', step: '1', value: '14', required: '' });
  form.append(
    element(
      'fieldset',
      undefined,
      element('legend', undefined, s('lendingMaintenance.open.legend')),
      field(s, 'assetTag', tag, true),
      field(s, 'reason', reason),
      field(s, 'days', days, true),
      element('button', { class: 'button', type: 'submit' }, s('lendingMaintenance.open.submit')),
    ),
  );
  const tagError = part(form, '#maintenance-assetTag-error [data-error-text]');
  const onTag = (message: string) => {
    tagError.textContent = message;
    reportErrors([tag]);
  };
  onFormSubmit(form, status, s('form.failed'), async () => {
    tagError.textContent = s('lendingMaintenance.field.assetTag.error');
    const wanted = tag.value.trim().toUpperCase();
    const count = Number(days.value);
    const invalid = [
      ...(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/.test(wanted) ? [] : [tag]),
      ...(reason.value.trim() ? [] : [reason]),
      ...(Number.isInteger(count) && count >= 1 && count <= 62 ? [] : [days]),
    ];
    if (!reportErrors(invalid)) return;
    const pointId = context.pointId();
    const response = await openTicket({ assetTag: wanted, pointId, reason: reason.value.trim(), days: count });
    if (response.ok) {
      const answer = await response.json();
      form.reset();
      clearErrors(form);
      await opened(
        s('lendingMaintenance.opened', {
          tag: answer.ticket.assetTag,
          moved: answer.moved,
          cancelled: answer.cancelled,
        }),
      );
      tag.focus();
      return;
    }
    const problem = (await readProblem(response as Response)) as Awaited<ReturnType<typeof readProblem>> & {
      unitPointId?: string;
    };
    if (problem.status === 409 && problem.unitPointId)
      return onTag(
        s('lendingMaintenance.field.assetTag.elsewhere', {
          tag: wanted,
          unitPoint: context.pointName(problem.unitPointId),
          point: context.pointName(pointId),
        }),
      );
    if (problem.status === 409) return onTag(s('lendingMaintenance.field.assetTag.busy', { tag: wanted }));
    const controls = controlsOf(form, problem);
    if (problem.status === 400 && controls.includes(tag))
      return onTag(s('lendingMaintenance.field.assetTag.unknown', { tag: wanted }));
    if (problem.status === 400 && controls.length > 0) return void reportErrors(controls);
    say(
      status,
      problem.status === 403 ? s('lendingMaintenance.forbiddenAct') : commonFailure(problem.status, s),
      'error',
    );
  });
  return form;
};
