/**
 * Walk mode's location: only when the walker presses "Use my location", the browser's geolocation
 * is watched (and "Stop using my location" ends it). Each fix goes to the walk; so does the end of
 * watching, whichever way it came (the button, a refusal, the end of walk mode).
 */
import { part } from '../ui/dom.ts';
import type { Translate } from '../ui/strings.ts';
import type { Point } from './geo.ts';

export interface LocationListener {
  /** A new position of the walker. */
  moved(position: Point): void;
  /** Location is off now: nothing is being watched. */
  stopped(): void;
}

export const walkLocation = (panel: HTMLElement, s: Translate, listener: LocationListener) => {
  const locate = part<HTMLButtonElement>(panel, '[data-walk-locate]');
  const unlocate = part<HTMLButtonElement>(panel, '[data-walk-unlocate]');
  const locationStatus = part(panel, '[data-walk-location-status]');
  let watch: number | undefined;

  const stopWatching = () => {
    if (watch !== undefined) navigator.geolocation.clearWatch(watch);
    watch = undefined;
    listener.stopped();
    locate.hidden = false;
    unlocate.hidden = true;
  };

  const supported = 'geolocation' in navigator;
  if (!supported) {
    locate.hidden = true;
    locationStatus.textContent = s('trails.walk.location.unsupported');
  }

  /** Once watching, "stop using my location" replaces the button, and takes its focus. */
  const showUnlocate = () => {
    const hadFocus = document.activeElement === locate;
    locate.hidden = true;
    unlocate.hidden = false;
    if (hadFocus) unlocate.focus();
  };

  locate.addEventListener('click', () => {
    if (watch !== undefined) return;
    locationStatus.textContent = s('trails.walk.location.asking');
    let located = false;
    watch = navigator.geolocation.watchPosition(
      (found) => {
        if (!located) {
          located = true;
          locationStatus.textContent = s('trails.walk.location.on');
          showUnlocate();
        }
        listener.moved({ lat: found.coords.latitude, lng: found.coords.longitude });
      },
      (error) => {
        if (error.code === error.PERMISSION_DENIED) {
          stopWatching();
          locationStatus.textContent = s('trails.walk.location.denied');
          return;
        }
        // No fix for now (indoors, a tunnel): the watch goes on, and says so until one comes.
        located = false;
        showUnlocate();
        locationStatus.textContent = s('trails.walk.location.unavailable');
      },
      { enableHighAccuracy: true, maximumAge: 5_000 },
    );
  });
  unlocate.addEventListener('click', () => {
    stopWatching();
    locationStatus.textContent = s('trails.walk.location.off');
    locate.focus();
  });

  return {
    /** Stops watching, as walk mode ends. */
    stop: stopWatching,
    /** Says something on the location status line (it is the walk's one status line). */
    say: (message: string) => {
      locationStatus.textContent = message;
    },
  };
};
