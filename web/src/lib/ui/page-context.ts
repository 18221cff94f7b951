/**
 * Server side (Astro front matter only): what every view starts from, written once. A view is
 * rendered once per language by its two thin pages (`pages/…` and `pages/en/…`), so its only
 * prop is the locale; from it come the translator, the page's `<title>`, the addresses of the
 * other pages in the same language and the `data-strings` its island reads.
 */
import { fr } from '../../i18n/fr.ts';
import { type Locale, localizedPath, type MessageKey, type RouteName, t } from '../../i18n/index.ts';
import { pageStrings } from './page-strings.ts';

/** The props of a view: the language its page is in. */
export interface ViewProps {
  locale: Locale;
}

export const pageContext = (locale: Locale) => {
  const tr = t(locale);
  const path = (route: RouteName) => localizedPath(route, locale);
  return {
    locale,
    tr,
    /** A page's address in this language. */
    path,
    /** The sign-in page, coming back to `route` once signed in. */
    signInFor: (route: RouteName) => `${path('signIn')}?${new URLSearchParams({ next: path(route) })}`,
    /** The island's `data-strings`: the dictionary entries whose keys start with one of `prefixes`. */
    dataStrings: (prefixes: readonly string[]) => pageStrings(locale, prefixes),
  };
};

/** The keys' prefixes before `suffix`: `Prefixes<'.label'>` holds `projects.form.title` for `projects.form.title.label`. */
type Prefixes<Suffix extends string> = MessageKey extends infer K
  ? K extends `${infer P}${Suffix}`
    ? P
    : never
  : never;

/** A page's entries in the dictionary: `<meta>.title`, and `<meta>.description` where it has one. */
export type PageMeta = `${Prefixes<'.meta.title'>}.meta`;

const isMessageKey = (key: string): key is MessageKey => key in fr;

/** The `<title>` of a page ("Page – Communs") and its description, from its `meta` entries. */
export const pageHead = (locale: Locale, meta: PageMeta) => {
  const tr = t(locale);
  const description = `${meta}.description`;
  return {
    title: tr('site.titleSuffix', { page: tr(`${meta}.title`) }),
    description: isMessageKey(description) ? tr(description) : undefined,
  };
};

/** A form field's entries in the dictionary: `<text>.label`, `<text>.error`, and `<text>.hint` where it has one. */
export type FieldText = Prefixes<'.label'> & Prefixes<'.error'>;

/** A field's label, hint and error message, from its `text` entries. */
export const fieldText = (locale: Locale, text: FieldText) => {
  const tr = t(locale);
  const hint = `${text}.hint`;
  return { label: tr(`${text}.label`), hint: isMessageKey(hint) ? tr(hint) : undefined, error: tr(`${text}.error`) };
};
