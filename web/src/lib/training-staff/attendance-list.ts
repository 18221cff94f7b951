/**
 * Attendance on an instructor's workshop page: one checkbox per registered person, in the order
 * they registered. A change is saved at once (`PUT …/attendance/{userId}`) and read out on the
 * status line; a refusal puts the box back and says why. Space toggles, Tab moves on: nothing
 * more to learn for a keyboard.
 */
import { say } from '../ui/announce.ts';
import { element } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { readProblem } from '../ui/form.ts';
import { paths, send } from './calls.ts';
import { cityDay, cityToday } from './city-time.ts';
import type { SessionContext } from './session-context.ts';
import type { RosterEntry } from './types.ts';

export const attendanceList = (context: SessionContext) => {
  const { s, q } = context;
  const list = q('[data-attendance]');
  const status = q('[data-attendance-status]');

  const save = async (person: RosterEntry, box: HTMLInputElement) => {
    const attended = box.checked;
    box.disabled = true;
    try {
      const response = await send('PUT', paths.attendance(context.sessionId, person.userId), { attended });
      if (response.ok) {
        const result = (await response.json()) as { certified?: boolean };
        person.attended = attended;
        const said = !attended
          ? 'trainingStaff.attendance.unmarked'
          : result.certified
            ? 'trainingStaff.attendance.certified'
            : 'trainingStaff.attendance.marked';
        say(status, s(said, { name: person.displayName }), 'success');
        return;
      }
      box.checked = !attended;
      if (context.lostAccess(response.status)) return;
      const problem = await readProblem(response);
      const early = problem.status === 409 && cityDay(context.current().session.startsAt) > cityToday();
      say(
        status,
        early
          ? s('trainingStaff.attendance.tooEarly')
          : problem.status === 409
            ? s('trainingStaff.attendance.refused', { name: person.displayName })
            : commonFailure(problem.status, s),
        'error',
      );
    } catch (error) {
      console.warn('The attendance could not be saved:', error);
      box.checked = !attended;
      say(status, s('trainingStaff.attendance.refused', { name: person.displayName }), 'error');
    } finally {
      box.disabled = false;
      box.focus();
    }
  };

  context.onRender(({ registered, session }) => {
    q('[data-attendance-empty]').hidden = registered.length > 0;
    q('[data-attendance-group]').hidden = registered.length === 0;
    list.replaceChildren(
      ...registered.map((person, index) => {
        const id = `attended-${index}`;
        const box = element('input', { id, type: 'checkbox' });
        box.checked = person.attended === true;
        box.disabled = session.status === 'cancelled';
        box.addEventListener('change', () => void save(person, box));
        const label = element(
          'label',
          { for: id },
          s('trainingStaff.attendance.present', { name: person.displayName }),
        );
        return element('li', 'checkbox', box, label);
      }),
    );
  });
};
