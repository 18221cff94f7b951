export type MessageValues = Record<string, string | number>;

/**
 * Fills the `{name}` placeholders of a message; an unknown placeholder stays visible, to be noticed.
 * Kept free of imports: the browser islands use it without pulling the dictionaries in.
 */
export const fill = (template: string, values: MessageValues = {}): string =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
