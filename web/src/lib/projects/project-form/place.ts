import { say } from '../../ui/announce.ts';
import { part } from '../../ui/dom.ts';
import { setInvalid } from '../../ui/form.ts';
import type { Translate } from '../../ui/strings.ts';
/** The project's place: filled from the device's position when asked (never otherwise), or cleared. */

export const placeButtons = (form: HTMLFormElement, lat: HTMLInputElement, lng: HTMLInputElement, s: Translate) => {
  const locateStatus = part(form, '[data-locate-status]');
  const locate = part<HTMLButtonElement>(form, '[data-locate]');
  locate.addEventListener('click', () => {
    if (!('geolocation' in navigator)) {
      say(locateStatus, s('projects.form.place.unavailable'), 'error');
      return;
    }
    say(locateStatus, s('projects.form.place.locating'));
    locate.disabled = true;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        locate.disabled = false;
        lat.value = position.coords.latitude.toFixed(5);
        lng.value = position.coords.longitude.toFixed(5);
        setInvalid(lat, false);
        setInvalid(lng, false);
        say(locateStatus, s('projects.form.place.located'), 'success');
      },
      () => {
        locate.disabled = false;
        say(locateStatus, s('projects.form.place.unavailable'), 'error');
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  });
  part(form, '[data-clear-place]').addEventListener('click', () => {
    lat.value = '';
    lng.value = '';
    say(locateStatus, '');
    lat.focus();
  });
};
