/**
 * Walk mode: the current stop shown big with previous and next (no location needed), and, only
 * when the walker turns it on (`walk-location.ts`), their location: entering a stop's trigger
 * zone highlights that stop and offers a Play button for it (announced, never played by itself),
 * and the distance to the next stop is kept up to date. Ending walk mode stops watching.
 */

import { element, part } from '../ui/dom.ts';
import type { Translate } from '../ui/strings.ts';
import { formatDistance } from './format.ts';
import { distanceMetres, type Point, stopInZone } from './geo.ts';
import { stopMediaFigure } from './stop-media.ts';
import type { Stop } from './types.ts';
import { walkLocation } from './walk-location.ts';

export interface WalkHooks {
  /** The stop the walker is in the zone of (its index), or -1. */
  onZone(index: number): void;
  /** The walker's position, or null when location is turned off. */
  onPosition(position: Point | null): void;
}

export const startWalkMode = (page: HTMLElement, stops: Stop[], s: Translate, hooks: WalkHooks) => {
  const panel = part(page, '[data-walk]');
  const startButton = part<HTMLButtonElement>(page, '[data-walk-start]');
  const stopView = part(panel, '[data-walk-stop]');
  const progress = part(panel, '[data-walk-progress]');
  const arrival = part(panel, '[data-walk-arrival]');
  const arrivalText = part(panel, '[data-walk-arrival-text]');
  const play = part<HTMLButtonElement>(panel, '[data-walk-play]');
  const previous = part<HTMLButtonElement>(panel, '[data-walk-previous]');
  const next = part<HTMLButtonElement>(panel, '[data-walk-next]');
  const distance = part(panel, '[data-walk-distance]');
  const announcer = part(panel, '[data-walk-announce]');
  const locale = document.documentElement.lang;

  let current = 0;
  /** The stop whose zone the walker is in, -1 when none (or location off). */
  let inZone = -1;
  let position: Point | undefined;

  const announce = (message: string) => {
    // Emptied first, so that the same message said twice is read twice.
    announcer.textContent = '';
    window.setTimeout(() => {
      announcer.textContent = message;
    }, 50);
  };

  const stopName = (index: number) => s('trails.stop.name', { number: index + 1, title: stops[index]?.title ?? '' });
  const playable = (index: number) => stops[index]?.media.find((media) => media.family !== 'image');

  const showDistance = () => {
    if (!position) {
      distance.hidden = true;
      return;
    }
    const target = inZone === current ? current + 1 : current;
    const stop = stops[target];
    distance.hidden = false;
    distance.textContent = stop
      ? s('trails.walk.distance', {
          stop: stopName(target),
          distance: formatDistance(locale, distanceMetres(position, stop)),
        })
      : s('trails.walk.lastStop');
  };

  /** The stop shown, rebuilt only when it changes: a player in use keeps playing as the walker moves. */
  let shown = -1;
  const render = () => {
    const stop = stops[current];
    if (!stop) return;
    if (shown !== current) {
      shown = current;
      progress.textContent = s('trails.walk.progress', { number: current + 1, count: stops.length });
      const heading = element('h3', 'walk__stop-title', stop.title);
      const parts: HTMLElement[] = [heading];
      if (stop.text) parts.push(element('p', 'walk__stop-text', stop.text));
      for (const media of stop.media) parts.push(stopMediaFigure(media, s));
      stopView.replaceChildren(...parts);
    }
    const here = inZone === current;
    stopView.dataset.here = String(here);
    previous.disabled = current === 0;
    next.disabled = current === stops.length - 1;
    const medium = playable(current);
    arrival.hidden = !here;
    if (here) {
      arrivalText.textContent = s('trails.walk.arrived', { stop: stopName(current) });
      play.hidden = !medium;
      if (medium) play.textContent = s('trails.walk.play', { title: medium.title });
    }
    showDistance();
  };

  const goTo = (index: number) => {
    if (index < 0 || index >= stops.length) return;
    current = index;
    render();
  };

  const step = (by: number, pressed: HTMLButtonElement, other: HTMLButtonElement) => {
    goTo(current + by);
    // At either end the pressed button is disabled: the focus goes to the other one, not to the page.
    if (pressed.disabled) other.focus();
    announce(s('trails.walk.showing', { stop: stopName(current) }));
  };
  previous.addEventListener('click', () => step(-1, previous, next));
  next.addEventListener('click', () => step(1, next, previous));

  play.addEventListener('click', () => {
    const medium = playable(current);
    const player = medium && stopView.querySelector<HTMLMediaElement>(`[data-media-id="${CSS.escape(medium.id)}"]`);
    if (!player) return;
    void player.play().catch((error: unknown) => {
      console.warn('The stop could not be played:', error);
      tracking.say(s('trails.walk.playFailed'));
    });
  });

  const entered = (index: number) => {
    if (index === inZone) return;
    inZone = index;
    hooks.onZone(index);
    if (index >= 0) {
      goTo(index);
      announce(
        s(playable(index) ? 'trails.walk.arrivedAnnounce' : 'trails.walk.arrivedAnnounceSilent', {
          stop: stopName(index),
        }),
      );
    } else {
      render();
    }
  };

  const tracking = walkLocation(panel, s, {
    moved: (found) => {
      position = found;
      hooks.onPosition(position);
      const index = stopInZone(position, stops);
      if (index !== inZone) entered(index);
      else showDistance();
    },
    stopped: () => {
      position = undefined;
      inZone = -1;
      hooks.onZone(-1);
      hooks.onPosition(null);
      render();
    },
  });

  const end = () => {
    tracking.stop();
    for (const player of panel.querySelectorAll<HTMLMediaElement>('audio, video')) player.pause();
    panel.hidden = true;
    startButton.hidden = false;
    tracking.say('');
    startButton.focus();
  };
  part(panel, '[data-walk-end]').addEventListener('click', end);

  startButton.addEventListener('click', () => {
    panel.hidden = false;
    startButton.hidden = true;
    goTo(current);
    part(panel, '#walk-title').focus();
  });
};
