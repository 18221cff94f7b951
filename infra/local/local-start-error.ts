/** A reason the local runtime cannot start that the person can fix; printed as one line. */
export class LocalStartError extends Error {
  override name = 'LocalStartError';
}
