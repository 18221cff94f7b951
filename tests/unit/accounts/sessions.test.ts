import { describe, expect, it } from 'vitest';
import { rolesOf } from '../../../functions/accounts/schema.ts';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, sessionValidUntil } from '../../../functions/accounts/sessions.ts';

describe('session validity', () => {
  const start = Date.parse('2026-11-01T00:00:00Z');
  it('ends 7 days after the last activity', () => {
    expect(
      sessionValidUntil({ lastSeenAt: new Date(start).toISOString(), absoluteExpiry: start + SESSION_ABSOLUTE_MS }),
    ).toBe(start + SESSION_IDLE_MS);
  });
  it('never lasts more than 30 days, however active', () => {
    const lastSeen = start + 29 * 24 * 3600 * 1000;
    expect(
      sessionValidUntil({ lastSeenAt: new Date(lastSeen).toISOString(), absoluteExpiry: start + SESSION_ABSOLUTE_MS }),
    ).toBe(start + SESSION_ABSOLUTE_MS);
  });
});

describe('roles', () => {
  it('derives staff from lending points and keeps citizen for everyone signed in', () => {
    expect(rolesOf({ admin: false, staffOf: [] })).toEqual(['citizen']);
    expect(rolesOf({ admin: false, staffOf: ['capucins'] })).toEqual(['citizen', 'staff']);
    expect(rolesOf({ admin: true, staffOf: ['capucins'] })).toEqual(['citizen', 'staff', 'admin']);
  });
});
