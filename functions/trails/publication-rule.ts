import type { MediaCard } from '../media/public.ts';
import type { MissingItem } from './schema.ts';

/** What the rule reads of a medium. */
type Checked = Pick<MediaCard, 'id' | 'family' | 'title' | 'captions'> & { transcript?: string };

interface StopToCheck {
  id: string;
  title: string;
  /** The stop's media that are ready (hidden ones do not count). */
  media: readonly Checked[];
}

/** What keeps one medium from being accessible: audio needs a transcript, video captions. Pure. */
export const accessibilityGap = (medium: Checked): Omit<MissingItem, 'stopId' | 'stopTitle'> | null => {
  if (medium.family === 'audio' && !medium.transcript?.trim())
    return {
      mediaId: medium.id,
      code: 'audio-without-transcript',
      message: `The recording “${medium.title}” needs a transcript.`,
    };
  if (medium.family === 'video' && medium.captions.length === 0)
    return {
      mediaId: medium.id,
      code: 'video-without-captions',
      message: `The video “${medium.title}” needs captions.`,
    };
  return null;
};

/**
 * Accessibility as a rule: a trail can be published only when it has stops, every stop has at
 * least one ready medium, every audio a transcript and every video captions. Returns what is
 * missing (empty: publishable), in walking order, for the API's 409 and the editor's checklist. Pure.
 */
export const missingForPublication = (stops: readonly StopToCheck[]): MissingItem[] => {
  if (stops.length === 0) return [{ code: 'no-stops', message: 'The trail has no stops yet.' }];
  return stops.flatMap((stop) => {
    const where = { stopId: stop.id, stopTitle: stop.title };
    if (stop.media.length === 0)
      return [
        { ...where, code: 'stop-without-media' as const, message: `The stop “${stop.title}” has no published medium.` },
      ];
    return stop.media.flatMap((medium) => {
      const gap = accessibilityGap(medium);
      return gap ? [{ ...where, ...gap }] : [];
    });
  });
};
