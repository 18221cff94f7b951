/**
 * The submit guard: one submission at a time, so a second press while the first is on its way
 * does nothing (and no request goes twice).
 */
import { say } from './announce.ts';
import { clearErrors } from './form.ts';

/**
 * Runs `run` one call at a time. With `onNetworkError`, a call that throws (the network failed,
 * the request timed out) is logged and reported through it instead of rejecting.
 */
export const guarded = (run: () => Promise<void>, onNetworkError?: () => void) => {
  let running = false;
  return async () => {
    if (running) return;
    running = true;
    try {
      await run();
    } catch (error) {
      if (!onNetworkError) throw error;
      console.warn('A request failed:', error);
      onNetworkError();
    } finally {
      running = false;
    }
  };
};

/** Runs `run` when `form` is submitted, one submission at a time (`guarded`, with `onNetworkError`). */
export const onSubmit = (form: HTMLFormElement, run: () => Promise<void>, onNetworkError?: () => void) => {
  const submit = guarded(run, onNetworkError);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
};

/**
 * A form's submit with its status line: once at a time, the form's errors and `status` cleared
 * before `run`; a request that fails (network, timeout) says `failed` there.
 */
export const onFormSubmit = (form: HTMLFormElement, status: HTMLElement, failed: string, run: () => Promise<void>) =>
  onSubmit(
    form,
    async () => {
      clearErrors(form);
      say(status, '');
      await run();
    },
    () => say(status, failed, 'error'),
  );
