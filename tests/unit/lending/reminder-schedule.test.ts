import { describe, expect, it } from 'vitest';
import { REMINDER_TEXTS } from '../../../functions/lending/reminders/reminder-mail.ts';
import { lateDaysOn, NOTICES, noticeDue } from '../../../functions/lending/reminders/schedule.ts';

const TODAY = '2026-11-10';
const loan = (
  status: 'reserved' | 'out' | 'returned' | 'cancelled' | 'no-show',
  pickUp: string,
  returnDay: string,
) => ({
  status,
  pickUp,
  returnDay,
});

describe('the reminder schedule', () => {
  it('reminds a reservation the day before its pick-up day only', () => {
    expect(noticeDue(loan('reserved', '2026-11-11', '2026-11-13'), TODAY)).toEqual({
      notice: 'pick-up-tomorrow',
      since: TODAY,
    });
    expect(noticeDue(loan('reserved', '2026-11-12', '2026-11-13'), TODAY)).toBeUndefined();
    expect(noticeDue(loan('reserved', '2026-11-10', '2026-11-13'), TODAY)).toBeUndefined();
    // Cancelled or released reservations hear nothing.
    expect(noticeDue(loan('cancelled', '2026-11-11', '2026-11-13'), TODAY)).toBeUndefined();
    expect(noticeDue(loan('no-show', '2026-11-11', '2026-11-13'), TODAY)).toBeUndefined();
  });

  it('reminds a loan out the day before its return day', () => {
    expect(noticeDue(loan('out', '2026-11-05', '2026-11-11'), TODAY)).toEqual({
      notice: 'return-tomorrow',
      since: TODAY,
    });
    expect(noticeDue(loan('out', '2026-11-05', '2026-11-10'), TODAY)).toBeUndefined();
    expect(noticeDue(loan('out', '2026-11-05', '2026-11-12'), TODAY)).toBeUndefined();
    // A reservation (not handed over) due back tomorrow is no loan out: nothing to return.
    expect(noticeDue(loan('reserved', '2026-11-09', '2026-11-11'), TODAY)).toBeUndefined();
    expect(noticeDue(loan('returned', '2026-11-05', '2026-11-11'), TODAY)).toBeUndefined();
  });

  it('has an overdue notice for each period of 3 days from the day after the return day', () => {
    const returnDay = '2026-11-01';
    const periods = new Map<string, number[]>();
    for (let late = 0; late <= 14; late++) {
      const today = new Date(Date.parse(`${returnDay}T00:00:00Z`) + late * 86_400_000).toISOString().slice(0, 10);
      expect(lateDaysOn(returnDay, today)).toBe(late);
      const due = noticeDue(loan('out', '2026-10-28', returnDay), today);
      if (late === 0) expect(due).toBeUndefined();
      else {
        expect(due).toMatchObject({ notice: 'overdue', lateDays: late });
        periods.set(due?.since ?? '', [...(periods.get(due?.since ?? '') ?? []), late]);
      }
    }
    // Sent on the first run of each period (its marker is the period's first day): 1, 4, 7… days late.
    expect([...periods]).toEqual([
      ['2026-11-02', [1, 2, 3]],
      ['2026-11-05', [4, 5, 6]],
      ['2026-11-08', [7, 8, 9]],
      ['2026-11-11', [10, 11, 12]],
      ['2026-11-14', [13, 14]],
    ]);
    // Returned late: the notices stop.
    expect(noticeDue(loan('returned', '2026-10-28', returnDay), '2026-11-02')).toBeUndefined();
  });

  it('counts late days across a month end', () => {
    expect(lateDaysOn('2026-11-30', '2026-12-01')).toBe(1);
    expect(noticeDue(loan('out', '2026-11-25', '2026-11-30'), '2026-12-01')).toEqual({
      notice: 'overdue',
      since: '2026-12-01',
      lateDays: 1,
    });
  });

  it('words each notice differently, in French and in English', () => {
    for (const language of ['fr', 'en'] as const) {
      const subjects = NOTICES.map((notice) => REMINDER_TEXTS[notice][language].subject('Zoom H5'));
      const advice = NOTICES.map((notice) => REMINDER_TEXTS[notice][language].advice);
      expect(new Set(subjects).size).toBe(NOTICES.length);
      expect(new Set(advice).size).toBe(NOTICES.length);
    }
    for (const notice of NOTICES) {
      expect(REMINDER_TEXTS[notice].fr.subject('X')).not.toBe(REMINDER_TEXTS[notice].en.subject('X'));
    }
  });
});
