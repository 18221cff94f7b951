/**
 * A write whose condition decides: true when it was applied, false when its condition failed.
 * The one place that reads DynamoDB's `ConditionalCheckFailedException`, so that stores name
 * what a refusal means ("already reported", "moved on meanwhile") instead of catching by hand.
 */
export const writeIf = async (write: Promise<unknown>): Promise<boolean> => {
  try {
    await write;
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
};

/** Like `writeIf`, for writes that return what they wrote (`ReturnValues`): undefined when refused. */
export const writeIfReturning = async <T>(write: Promise<T>): Promise<T | undefined> => {
  try {
    return await write;
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
};

export const isConditionFailure = (error: unknown): boolean =>
  (error as Error | undefined)?.name === 'ConditionalCheckFailedException';
