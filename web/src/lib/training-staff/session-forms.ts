/**
 * The two forms of an instructor's workshop page: the number of seats (`PATCH`, never below the
 * seats taken: the API refuses it too, in the same write) and calling the workshop off with a
 * message (`POST …/cancel`), after which the page shows it cancelled and its forms go.
 */
import { say } from '../ui/announce.ts';
import { commonFailure } from '../ui/failures.ts';
import { clearErrors, reportErrors } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import { paths, send } from './calls.ts';
import type { SessionContext } from './session-context.ts';
import type { WorkshopSession } from './types.ts';

const takenOf = (session: WorkshopSession) => session.seats - session.seatsLeft;

export const seatsForm = (context: SessionContext) => {
  const { s, q } = context;
  const form = q<HTMLFormElement>('[data-seats-form]');
  const input = q<HTMLInputElement>('#session-seats');
  const status = q('[data-seats-status]');
  const hint = q('#session-seats-hint');

  context.onRender(({ session }) => {
    input.value = String(session.seats);
    input.min = String(Math.max(1, takenOf(session)));
    hint.textContent = s('trainingStaff.seatsForm.seats.hint', { taken: takenOf(session) });
  });

  const submit = guarded(
    async () => {
      clearErrors(form);
      const seats = Number(input.value);
      const session = context.current().session;
      if (!Number.isInteger(seats) || seats < Math.max(1, takenOf(session)) || seats > 500) {
        reportErrors([input]);
        say(status, s('form.invalid'), 'error');
        return;
      }
      const response = await send('PATCH', paths.session(context.sessionId), { seats });
      if (response.ok) {
        const updated = (await response.json()) as WorkshopSession;
        context.apply({ ...context.current(), session: updated });
        say(status, s('trainingStaff.seatsForm.saved', { seats: updated.seats }), 'success');
        return;
      }
      if (context.lostAccess(response.status)) return;
      if (response.status === 409 || response.status === 400) {
        // Someone registered meanwhile, or the workshop was called off: show it as it is now.
        await context.reload();
        reportErrors([input]);
        say(status, s('trainingStaff.seatsForm.seats.error'), 'error');
        return;
      }
      say(status, commonFailure(response.status, s), 'error');
    },
    () => say(status, s('form.failed'), 'error'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
};

export const cancelForm = (context: SessionContext) => {
  const { s, q } = context;
  const form = q<HTMLFormElement>('[data-cancel-form]');
  const message = q<HTMLTextAreaElement>('#cancel-message');
  const status = q('[data-cancel-status]');

  context.onRender(({ session }) => {
    for (const part of context.root.querySelectorAll<HTMLElement>('[data-when-open]')) {
      part.hidden = session.status !== 'open';
    }
    const cancelled = q('[data-session-cancelled]');
    cancelled.hidden = session.status !== 'cancelled';
    cancelled.textContent =
      session.status === 'cancelled'
        ? s('trainingStaff.cancelForm.cancelled', { message: session.cancelMessage ?? '' })
        : '';
  });

  const submit = guarded(
    async () => {
      clearErrors(form);
      const text = message.value.trim();
      if (!text || text.length > 2000) {
        reportErrors([message]);
        return;
      }
      const response = await send('POST', paths.cancel(context.sessionId), { message: text });
      if (response.ok) {
        const { session } = (await response.json()) as { session: WorkshopSession };
        context.apply({ ...context.current(), session });
        say(status, s('trainingStaff.cancelForm.done'), 'success');
        q('[data-session-heading]').focus();
        return;
      }
      if (context.lostAccess(response.status)) return;
      if (response.status === 409) await context.reload();
      say(status, commonFailure(response.status, s), 'error');
    },
    () => say(status, s('form.failed'), 'error'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
};
