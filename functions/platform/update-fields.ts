/**
 * The parts of an UpdateItem that set some fields and remove others, and touch nothing else:
 * how a record is changed when other writers may be changing its other fields at the same time.
 * Fields set to `undefined` are removed. Every name goes through a placeholder (some, like
 * `status` or `area`, are reserved words).
 */
export const updateFields = (set: Record<string, unknown>, remove: readonly string[] = []) => {
  const setting = Object.entries(set).filter(([, value]) => value !== undefined);
  const removing = [...remove, ...Object.entries(set).flatMap(([name, value]) => (value === undefined ? [name] : []))];
  const names = [...setting.map(([name]) => name), ...removing];
  return {
    UpdateExpression: [
      setting.length > 0 ? `SET ${setting.map(([name]) => `#${name} = :${name}`).join(', ')}` : '',
      removing.length > 0 ? `REMOVE ${removing.map((name) => `#${name}`).join(', ')}` : '',
    ]
      .join(' ')
      .trim(),
    ExpressionAttributeNames: Object.fromEntries(names.map((name) => [`#${name}`, name])),
    ...(setting.length > 0
      ? { ExpressionAttributeValues: Object.fromEntries(setting.map(([name, value]) => [`:${name}`, value])) }
      : {}),
  };
};
