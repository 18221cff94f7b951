/**
 * The one DOM builder of the islands, and the small helpers around it. Text always goes in as
 * text (a child string becomes a text node), never as HTML.
 */

/** A class name, or attributes (`class` among them); an undefined attribute is left out. */
export type ElementOptions = string | Record<string, string | undefined>;

export const element = <Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  options?: ElementOptions,
  ...children: (string | Node)[]
): HTMLElementTagNameMap[Tag] => {
  const node = document.createElement(tag);
  if (typeof options === 'string') {
    if (options) node.className = options;
  } else if (options) {
    for (const [name, value] of Object.entries(options)) {
      if (value === undefined) continue;
      if (name === 'class') node.className = value;
      else node.setAttribute(name, value);
    }
  }
  node.append(...children);
  return node;
};

/** The element a selector names inside `root`; a missing one is a bug in the page, said loudly. */
export const part = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T => {
  const found = root.querySelector<T & Element>(selector);
  if (!found) throw new Error(`${selector} is missing`);
  return found;
};

/** The element of the page with this id; a missing one is a bug in the page. */
export const byId = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing`);
  return found as T;
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

/** The `?id=` of the page, when it looks like one of the API's ids (a UUID). */
export const idFromQuery = (): string | undefined => {
  const id = new URLSearchParams(window.location.search).get('id')?.trim().toLowerCase();
  return id && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id) ? id : undefined;
};

/**
 * Pages addressed by `?id=` are one file for every id: the language switcher, rendered without
 * the query, gets it back so it leads to the same medium, contributor or trail in the other language.
 */
export const keepQueryInLanguageSwitch = () => {
  const search = window.location.search;
  if (!search) return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('header a[hreflang]')) {
    const url = new URL(link.href);
    url.search = search;
    link.href = `${url.pathname}${url.search}`;
  }
};
