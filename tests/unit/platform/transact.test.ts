import { describe, expect, it } from 'vitest';
import { AppError } from '../../../functions/platform/errors.ts';
import { transact, transactExplained } from '../../../functions/platform/transact.ts';

/** A client whose transactions fail with these cancellation reasons, then succeed. */
const clientFailing = (...failures: string[][]) => {
  let calls = 0;
  const db = {
    send: async () => {
      const codes = failures[calls++];
      if (!codes) return {};
      throw Object.assign(new Error('cancelled'), {
        name: 'TransactionCanceledException',
        CancellationReasons: codes.map((Code) => ({ Code })),
      });
    },
  };
  return { db: db as never, calls: () => calls };
};

describe('transact', () => {
  it('answers false when a condition failed, without trying again', async () => {
    const client = clientFailing(['None', 'ConditionalCheckFailed']);
    expect(await transact(client, [])).toBe(false);
    expect(client.calls()).toBe(1);
  });

  it('tries again when the transaction only collided with another one', async () => {
    const client = clientFailing(['TransactionConflict', 'None'], ['None', 'TransactionConflict']);
    expect(await transact(client, [])).toBe(true);
    expect(client.calls()).toBe(3);
  });

  it('gives up after five collisions', async () => {
    const client = clientFailing(...Array.from({ length: 9 }, () => ['TransactionConflict']));
    expect(await transact(client, [])).toBe(false);
    expect(client.calls()).toBe(5);
  });

  it('lets other errors through', async () => {
    const db = { send: async () => Promise.reject(Object.assign(new Error('down'), { name: 'TimeoutError' })) };
    await expect(transact({ db: db as never }, [])).rejects.toThrow('down');
  });
});

describe('transactExplained', () => {
  it('names every item whose condition failed, by its index', async () => {
    const client = clientFailing(['None', 'ConditionalCheckFailed', 'None', 'ConditionalCheckFailed']);
    expect(await transactExplained(client, [])).toEqual({ written: false, failed: [1, 3] });
    expect(client.calls()).toBe(1);
  });

  it('tries again after a mere collision, and says written', async () => {
    const client = clientFailing(['TransactionConflict', 'None']);
    expect(await transactExplained(client, [])).toEqual({ written: true });
    expect(client.calls()).toBe(2);
  });

  it('answers no failed item after five collisions: nothing said no', async () => {
    const client = clientFailing(...Array.from({ length: 9 }, () => ['TransactionConflict']));
    expect(await transactExplained(client, [])).toEqual({ written: false, failed: [] });
    expect(client.calls()).toBe(5);
  });

  it('turns a cancellation for throughput into the 503 problem', async () => {
    for (const code of ['ThrottlingError', 'ProvisionedThroughputExceeded']) {
      const refused = await transactExplained(clientFailing(['None', code]), []).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).kind).toBe('dependency-unavailable');
    }
  });

  it('lets a cancellation that is our bug through (a validation error)', async () => {
    await expect(transactExplained(clientFailing(['ValidationError']), [])).rejects.toThrow('cancelled');
  });
});
