/**
 * Browser island of a media page (`views/media/MediaView.astro`): loads the published medium named
 * by `?id=` and shows it with the native player, its transcript, its attribution (copyable) and
 * details; sends reports.
 */
import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { byId, element, idFromQuery, keepQueryInLanguageSwitch, part } from '../ui/dom.ts';
import { formatBytes, formatDate } from '../ui/format.ts';
import { equipmentModelHref } from '../ui/links.ts';
import { showState } from '../ui/page-states.ts';
import { wireReportForm } from '../ui/report-form.ts';
import { fillNodes, pageLocale, stringsOf, type Translate } from '../ui/strings.ts';
import { attributionText, renderAttribution } from './attribution.ts';
import { FAMILY_TEXT, languageLabel } from './describe.ts';
import { formatDuration } from './format.ts';
import type { PublicMedia } from './types.ts';

/** Paragraphs of a text typed by a person (blank lines between them), as text nodes only. */
const paragraphs = (text: string, lang?: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => element('p', { lang }, paragraph));

const player = (tr: Translate, locale: string, media: PublicMedia): HTMLElement => {
  const { metadata } = media;
  if (media.family === 'image') {
    return element('img', {
      class: 'media-view__image',
      src: media.url,
      // The uploader's text alternative; the title says at least what it is.
      alt: media.alt || media.title,
      width: metadata?.width ? String(metadata.width) : undefined,
      height: metadata?.height ? String(metadata.height) : undefined,
      lang: media.alt ? media.language : undefined,
    });
  }
  const fallback = element('a', { href: media.url }, tr('media.view.noPlayer'));
  if (media.family === 'audio') {
    return element(
      'audio',
      { class: 'media-view__audio', controls: '', preload: 'metadata', src: media.url },
      fallback,
    );
  }
  const video = element('video', {
    class: 'media-view__video',
    controls: '',
    preload: 'metadata',
    playsinline: '',
    src: media.url,
    width: metadata?.width ? String(metadata.width) : undefined,
    height: metadata?.height ? String(metadata.height) : undefined,
  });
  for (const track of media.captions) {
    video.append(
      element('track', {
        kind: 'captions',
        src: track.url,
        srclang: track.language,
        label: languageLabel(tr, locale, track.language),
      }),
    );
  }
  video.append(fallback);
  return video;
};

const details = (tr: Translate, locale: string, media: PublicMedia) => {
  const rows: [string, string | Node][] = [[tr('media.view.detail.kind'), tr(FAMILY_TEXT[media.family])]];
  const { metadata } = media;
  if (metadata?.durationSeconds)
    rows.push([tr('media.view.detail.duration'), formatDuration(tr, metadata.durationSeconds)]);
  if (metadata?.width && metadata.height) {
    rows.push([
      tr('media.view.detail.dimensions'),
      tr('media.view.detail.pixels', { width: metadata.width, height: metadata.height }),
    ]);
  }
  rows.push([tr('media.view.detail.format'), media.contentType]);
  if (media.size) rows.push([tr('media.view.detail.size'), formatBytes(locale, media.size)]);
  rows.push([tr('media.view.detail.language'), languageLabel(tr, locale, media.language)]);
  if (media.publishedAt) rows.push([tr('media.view.detail.published'), formatDate(locale, media.publishedAt)]);
  if (media.place) {
    const { lat, lng } = media.place;
    const coordinates = new Intl.NumberFormat(locale, { maximumFractionDigits: 5 });
    const osm = `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`;
    rows.push([
      tr('media.view.detail.place'),
      element(
        'span',
        {},
        tr('media.view.detail.coordinates', { lat: coordinates.format(lat), lng: coordinates.format(lng) }),
        ' — ',
        element('a', { href: osm }, tr('media.view.detail.map')),
      ),
    ]);
  }
  return rows.flatMap(([term, value]) => [element('dt', {}, term), element('dd', {}, value)]);
};

/** "Recorded with the city's Zoom H5 kit (AUD-0007), lent by the …": the kit links to its page. */
const recordedWith = (holder: HTMLElement, tr: Translate, locale: 'fr' | 'en', media: PublicMedia) => {
  const kit = media.recordedWith;
  holder.hidden = !kit;
  if (!kit) return holder.replaceChildren();
  holder.replaceChildren(
    ...fillNodes(tr('media.view.recordedWith'), {
      model: element('a', { href: equipmentModelHref(locale, kit.modelId) }, kit.modelName),
      tag: kit.assetTag,
      point: kit.pointName,
    }),
  );
};

const show = (root: HTMLElement, tr: Translate, media: PublicMedia) => {
  const locale = pageLocale();
  part(root, '[data-media-title]').textContent = media.title;
  document.title = tr('site.titleSuffix', { page: media.title });
  const byline = [tr(FAMILY_TEXT[media.family])];
  if (media.publishedAt) byline.push(tr('media.view.published', { date: formatDate(locale, media.publishedAt) }));
  part(root, '[data-byline]').textContent = byline.join(' · ');
  part(root, '[data-player]').replaceChildren(player(tr, locale, media));
  part(root, '[data-description]').replaceChildren(...paragraphs(media.description ?? ''));
  recordedWith(part(root, '[data-recorded-with]'), tr, locale, media);
  part(root, '[data-transcript-section]').hidden = !media.transcript;
  part(root, '[data-transcript]').replaceChildren(...paragraphs(media.transcript ?? '', media.language));
  part(root, '[data-attribution]').replaceChildren(renderAttribution(tr, media));
  const text = attributionText(tr, media);
  part(root, '[data-attribution-text]').textContent = text;
  part(root, '[data-details]').replaceChildren(...details(tr, locale, media));
  const download = part<HTMLAnchorElement>(root, '[data-download]');
  download.href = media.url;
  download.textContent = tr('media.view.download', {
    format: (media.url.split('.').pop() ?? '').toUpperCase(),
    size: media.size ? formatBytes(locale, media.size) : '',
  });

  const copyStatus = part(root, '[data-copy-status]');
  part(root, '[data-copy]').onclick = async () => {
    try {
      await navigator.clipboard.writeText(text);
      say(copyStatus, tr('media.view.copied'), 'success');
    } catch {
      say(copyStatus, tr('media.view.copyFailed'), 'error');
    }
  };
};

const wireReport = (tr: Translate, id: string) =>
  wireReportForm(
    byId<HTMLFormElement>('report-form'),
    {
      sending: tr('media.view.report.sending'),
      invalid: tr('form.invalid'),
      sent: tr('media.view.report.sent'),
      sentHidden: tr('media.view.report.sentHidden'),
      already: tr('media.view.report.already'),
      tooMany: () => tr('media.view.report.rateLimited'),
      gone: tr('media.view.notFound'),
      failed: tr('form.failed'),
    },
    (reason) => api.api.media[':id'].flags.$post({ param: { id }, json: { reason } }),
  );

const root = document.querySelector<HTMLElement>('[data-media-view]');
if (root) {
  keepQueryInLanguageSwitch();
  const tr = stringsOf(root);
  const id = idFromQuery();
  const load = async () => {
    if (!id) return showState(root, 'missing');
    showState(root, 'loading');
    try {
      const response = await api.api.media[':id'].$get({ param: { id } });
      if (response.ok) {
        show(root, tr, await response.json());
        showState(root, 'ready');
      } else showState(root, response.status === 404 || response.status === 400 ? 'not-found' : 'error');
    } catch {
      showState(root, 'error');
    }
  };
  root.querySelector('[data-retry]')?.addEventListener('click', () => void load());
  if (id) wireReport(tr, id);
  void load();
}
