/** Small DOM helpers of the media islands. Text always goes in as textContent, never as HTML. */

export const el = <Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Record<string, string | undefined> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[Tag] => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (name === 'class') node.className = value;
    else node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
};

/** The one element matching `selector` in `root`; a missing one is a bug in the page. */
export const part = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T => {
  const found = root.querySelector<T & Element>(selector);
  if (!found) throw new Error(`${selector} is missing`);
  return found;
};

/** The `?id=` of the page, when it looks like one of the API's ids (a UUID). */
export const idFromQuery = (): string | undefined => {
  const id = new URLSearchParams(window.location.search).get('id')?.trim().toLowerCase();
  return id && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id) ? id : undefined;
};

/**
 * Pages addressed by `?id=` are one file for every id: the language switcher, rendered without
 * the query, gets it back so it leads to the same medium or contributor in the other language.
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
