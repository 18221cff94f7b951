/** What a medium's state means for a person: its status, and why it is not (or no longer) published. */
import type { MessageKey } from '../../i18n/index.ts';
import { languageName } from '../ui/format.ts';
import type { Translate } from '../ui/strings.ts';
import type { MediaFamily, MediaStatus, OwnMedia } from './types.ts';

export const STATUS_TEXT: Record<MediaStatus, MessageKey> = {
  pending: 'media.status.pending',
  processing: 'media.status.processing',
  ready: 'media.status.ready',
  rejected: 'media.status.rejected',
  hidden: 'media.status.hidden',
  expired: 'media.status.expired',
};

export const FAMILY_TEXT: Record<MediaFamily, MessageKey> = {
  audio: 'media.family.audio',
  video: 'media.family.video',
  image: 'media.family.image',
};

/** The processing step's stable rejection codes (functions/media/inspect-upload.ts), translated here. */
const REJECTION_TEXT: Record<string, MessageKey> = {
  'size-mismatch': 'media.rejection.sizeMismatch',
  'too-large': 'media.rejection.tooLarge',
  'too-small': 'media.rejection.tooSmall',
  'unknown-type': 'media.rejection.unknownType',
  'type-not-allowed': 'media.rejection.typeNotAllowed',
  'family-mismatch': 'media.rejection.familyMismatch',
  corrupt: 'media.rejection.corrupt',
  'video-codec-not-allowed': 'media.rejection.videoCodec',
};

/** The languages offered when uploading, named by the dictionary (others are named by Intl). */
export const UPLOAD_LANGUAGES = ['fr', 'en', 'br', 'oc', 'es', 'de', 'ar', 'zxx'] as const;
const LANGUAGE_TEXT: Record<(typeof UPLOAD_LANGUAGES)[number], MessageKey> = {
  fr: 'media.language.fr',
  en: 'media.language.en',
  br: 'media.language.br',
  oc: 'media.language.oc',
  es: 'media.language.es',
  de: 'media.language.de',
  ar: 'media.language.ar',
  zxx: 'media.language.zxx',
};

export const languageLabel = (tr: Translate, locale: string, code: string): string => {
  const key = LANGUAGE_TEXT[code as keyof typeof LANGUAGE_TEXT];
  return key ? tr(key) : languageName(locale, code);
};

export const rejectionText = (tr: Translate, code: string | undefined): string =>
  tr((code && REJECTION_TEXT[code]) || 'media.rejection.other');

/**
 * Why a medium is not published, or undefined when there is nothing to explain. The reason a
 * moderator wrote is the person's own text: callers put it in the page with textContent.
 */
export const reasonText = (tr: Translate, media: Pick<OwnMedia, 'status' | 'rejection' | 'hidden'>) => {
  switch (media.status) {
    case 'rejected':
      return rejectionText(tr, media.rejection?.code);
    case 'hidden':
      return media.hidden?.by === 'staff'
        ? tr('media.hidden.staff', { reason: media.hidden.reason })
        : tr('media.hidden.flags');
    case 'expired':
      return tr('media.status.expired.reason');
    case 'pending':
      return tr('media.status.pending.reason');
    case 'processing':
      return tr('media.status.processing.reason');
    default:
      return undefined;
  }
};
