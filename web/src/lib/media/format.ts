/** Durations written the media pages' way (the other formats are the kit's, `ui/format.ts`). */
import type { Translate } from '../ui/strings.ts';

/** 125.4 → "2 min 5 s"; under a minute, "5 s". */
export const formatDuration = (tr: Translate, seconds: number): string => {
  const total = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(total / 60);
  return minutes > 0
    ? tr('media.duration.minutes', { minutes, seconds: total % 60 })
    : tr('media.duration.seconds', { seconds: total });
};
