/**
 * TASL attributions (Title, Author, Source, Licence), as Creative Commons asks reusers to give
 * them: rendered with RDFa (the vocabulary of CC's own licence chooser) so the licence is
 * machine-readable, and as one plain line to copy under a reuse.
 */
import { localizedPath } from '../../i18n/routes.ts';
import { element } from '../ui/dom.ts';
import { pageLocale, type Translate } from '../ui/strings.ts';
import { LICENCE_TEXT, LICENCES } from './licences.ts';
import type { PublicMedia } from './types.ts';

type Attributable = Pick<
  PublicMedia,
  'id' | 'title' | 'licence' | 'attributionName' | 'contributorId' | 'authorship' | 'url'
>;

const RDFA_PREFIXES = 'cc: http://creativecommons.org/ns# dct: http://purl.org/dc/terms/';

const isWebAddress = (text: string) => /^https?:\/\/\S+$/i.test(text);

export const mediaPageHref = (id: string) => `${localizedPath('mediaView', pageLocale())}?id=${encodeURIComponent(id)}`;
export const contributorHref = (id: string) =>
  `${localizedPath('contributor', pageLocale())}?id=${encodeURIComponent(id)}`;

/** The name credited: a contributor who chose not to be credited shows as "anonymous", in the page's language. */
const creditedName = (tr: Translate, media: Attributable) =>
  media.attributionName === 'anonymous' && !media.contributorId ? tr('media.anonymous') : media.attributionName;

/** The four parts, for the uploader's own work or someone else's they share. */
export const attributionParts = (tr: Translate, media: Attributable) => {
  const pageUrl = new URL(mediaPageHref(media.id), window.location.origin).href;
  const licence = LICENCES[media.licence];
  const uploader = {
    name: creditedName(tr, media),
    href: media.contributorId ? contributorHref(media.contributorId) : undefined,
  };
  const thirdParty = media.authorship.kind === 'third-party' ? media.authorship : undefined;
  return {
    title: media.title,
    author: thirdParty ? { name: thirdParty.author, href: undefined } : uploader,
    source: thirdParty ? thirdParty.source : pageUrl,
    pageUrl,
    /** Whoever shared someone else's work here. */
    sharedBy: thirdParty ? uploader : undefined,
    licence: licence.shortName,
    deed: licence.deedUrl,
    publicDomain: media.licence === 'CC0-1.0',
  };
};

/** The attribution as one line of text, to paste under a reuse. */
export const attributionText = (tr: Translate, media: Attributable): string => {
  const parts = attributionParts(tr, media);
  return tr(parts.publicDomain ? 'media.attribution.textCc0' : 'media.attribution.text', {
    title: parts.title,
    author: parts.author.name,
    source: parts.source,
    licence: parts.licence,
    deed: parts.deed,
  });
};

const authorNode = (author: { name: string; href: string | undefined }) =>
  author.href
    ? element('a', { href: author.href, rel: 'cc:attributionURL', property: 'cc:attributionName' }, author.name)
    : element('span', { property: 'cc:attributionName' }, author.name);

const sourceNode = (source: string) =>
  isWebAddress(source)
    ? element('a', { href: source, rel: 'dct:source' }, source)
    : element('span', { property: 'dct:source' }, source);

const licenceNode = (parts: ReturnType<typeof attributionParts>) =>
  element('a', { href: parts.deed, rel: 'license' }, parts.licence);

/** The full attribution of the media page: a list of its four parts, about the published file. */
export const renderAttribution = (tr: Translate, media: Attributable): HTMLElement => {
  const parts = attributionParts(tr, media);
  const row = (label: string, ...value: (Node | string)[]) => [element('dt', {}, label), element('dd', {}, ...value)];
  const list = element(
    'dl',
    { class: 'attribution__parts' },
    ...row(tr('media.attribution.title'), element('span', { property: 'dct:title' }, parts.title)),
    ...row(tr('media.attribution.author'), authorNode(parts.author)),
    ...row(tr('media.attribution.source'), sourceNode(parts.source)),
    ...row(tr('media.attribution.licence'), licenceNode(parts), ` — ${tr(LICENCE_TEXT[media.licence].title)}`),
  );
  if (parts.sharedBy) {
    const by = parts.sharedBy;
    list.append(
      ...row(
        tr('media.attribution.sharedBy'),
        by.href ? element('a', { href: by.href }, by.name) : element('span', {}, by.name),
      ),
    );
  }
  return element('div', { class: 'attribution', prefix: RDFA_PREFIXES, about: absolute(media.url) }, list);
};

/** The short attribution of a list item: “Title” by Author, Licence — with the same RDFa. */
export const renderAttributionLine = (tr: Translate, media: Attributable): HTMLElement => {
  const parts = attributionParts(tr, media);
  const [before, middle, after] = splitTemplate(tr('media.attribution.line'));
  return element(
    'p',
    { class: 'attribution-line', prefix: RDFA_PREFIXES, about: absolute(media.url) },
    before,
    element('span', { property: 'dct:title' }, parts.title),
    middle,
    authorNode(parts.author),
    after,
    licenceNode(parts),
  );
};

const absolute = (url: string) => new URL(url, window.location.origin).href;

/** "« {title} » par {author}, {licence}" → the texts around the three placeholders. */
const splitTemplate = (template: string): [string, string, string] => {
  const [before = '', rest = ''] = template.split('{title}');
  const [middle = '', rest2 = ''] = rest.split('{author}');
  const [after = ''] = rest2.split('{licence}');
  return [before, middle, after];
};
