/** Small DOM helpers of the project islands: text always goes in as text, never as HTML. */

export const element = <Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  className?: string,
  ...children: (string | Node)[]
): HTMLElementTagNameMap[Tag] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
};

/** The element a selector names inside `root`; a missing one is a bug in the page, said loudly. */
export const part = <T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} is missing`);
  return found;
};

/** A `<time>` with its machine-readable value, in the page's language. */
export const timeElement = (iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }) => {
  const time = element('time');
  time.dateTime = iso;
  const date = new Date(iso);
  time.textContent = Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(document.documentElement.lang, options).format(date);
  return time;
};

/** A visually hidden complement of a short button label ("Accept" → "Accept Ana's request"). */
export const hiddenText = (text: string) => element('span', 'visually-hidden', text);
