/**
 * The stop form's fields: title, text, place (typed, or set by a click on the map) and trigger
 * radius, which warns as it is typed outside 20–100 m and says why; reading them checked, and
 * showing the API's field errors on them.
 */
import { radiusAdvice } from '../../../../functions/trails/trail-geometry.ts';
import { say } from '../ui/announce.ts';
import { part } from '../ui/dom.ts';
import { clearErrors, reportErrors, setInvalid } from '../ui/form.ts';
import { parseDecimal as parseCoordinate } from '../ui/format.ts';
import type { Translate } from '../ui/strings.ts';
import { placeText, roundCoordinate } from './editor-format.ts';
import type { OwnMedia, Stop, TrailProblem } from './editor-types.ts';

const DEFAULT_RADIUS = 30;

export interface StopPoint {
  lat: number;
  lng: number;
}

/** A stop's values, as the API takes them. */
export interface StopValues extends StopPoint {
  title: string;
  text: string;
  radius: number;
}

/** What the form asks of the media group when it is read. */
interface MediaRule {
  chosen: OwnMedia[];
  /** Whether the group is checked at all (not while editing a stop). */
  checked: boolean;
  /** Whether at least one medium is needed. */
  needed: boolean;
}

export const stopFields = (form: HTMLFormElement, s: Translate, pointChanged: () => void) => {
  const q = <T extends HTMLElement = HTMLInputElement>(selector: string) => part<T>(form, selector);
  const title = q('[data-field="title"]');
  const text = q<HTMLTextAreaElement>('[data-field="text"]');
  const lat = q('[data-field="lat"]');
  const lng = q('[data-field="lng"]');
  const radius = q('[data-field="radius"]');
  const warning = q('[data-radius-warning]');
  const mediaGroup = q<HTMLFieldSetElement>('[data-stop-media]');
  // The media group's message: "one to ten media", or why the API refused the ones chosen.
  const mediaError = q('[data-media-error]');
  const mediaErrorUsual = mediaError.textContent ?? '';
  const status = q('[data-form-status]');
  const placeStatus = q('[data-place-status]');

  // The radius: a live warning outside 20–100 m, read with the field (aria-describedby).
  const updateRadiusWarning = () => {
    const value = Number(radius.value.trim().replace(',', '.'));
    const advice = radius.value.trim() && Number.isFinite(value) && value > 0 ? radiusAdvice(value) : null;
    warning.hidden = !advice;
    warning.textContent = advice
      ? s(advice === 'too-small' ? 'trailEditor.stop.radius.tooSmall' : 'trailEditor.stop.radius.tooLarge')
      : '';
    const described = (radius.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((token) => token && token !== warning.id);
    if (advice) described.push(warning.id);
    radius.setAttribute('aria-describedby', described.join(' '));
  };
  radius.addEventListener('input', updateRadiusWarning);

  /** The typed place, or null while it is incomplete or out of range. */
  const typedPoint = (): StopPoint | null => {
    const latitude = parseCoordinate(lat.value);
    const longitude = parseCoordinate(lng.value);
    return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 ? { lat: latitude, lng: longitude } : null;
  };
  for (const control of [lat, lng]) control.addEventListener('change', () => pointChanged());

  const setPoint = (point: StopPoint) => {
    lat.value = String(roundCoordinate(point.lat));
    lng.value = String(roundCoordinate(point.lng));
    setInvalid(lat, false);
    setInvalid(lng, false);
    say(placeStatus, s('trailEditor.stop.place.set', { place: placeText(s, point.lat, point.lng) }), 'success');
    pointChanged();
  };

  const reset = () => {
    form.reset();
    radius.value = String(DEFAULT_RADIUS);
    clearErrors(form);
    say(placeStatus, '');
    updateRadiusWarning();
    pointChanged();
  };

  /** The stop's values in the fields, to edit it. */
  const fill = (stop: Stop) => {
    title.value = stop.title;
    text.value = stop.text;
    lat.value = String(stop.lat);
    lng.value = String(stop.lng);
    radius.value = String(stop.radius);
    updateRadiusWarning();
  };

  /** The checked values, or undefined with the controls to correct shown (the first focused). */
  const read = ({ chosen, checked, needed }: MediaRule): StopValues | undefined => {
    clearErrors(form);
    mediaError.textContent = mediaErrorUsual;
    say(status, '');
    title.value = title.value.trim();
    text.value = text.value.trim();
    const point = typedPoint();
    const latitude = parseCoordinate(lat.value);
    const longitude = parseCoordinate(lng.value);
    const metres = Number(radius.value.trim().replace(',', '.'));
    const invalid = (
      [
        title.value.length < 1 || title.value.length > 120 ? title : null,
        text.value.length > 5000 ? text : null,
        Math.abs(latitude) <= 90 ? null : lat,
        Math.abs(longitude) <= 180 ? null : lng,
        Number.isFinite(metres) && metres > 0 && metres <= 1000 ? null : radius,
        checked && (chosen.length > 10 || (chosen.length === 0 && needed)) ? mediaGroup : null,
      ] as (HTMLElement | null)[]
    ).filter((control): control is HTMLElement => control !== null);
    const valid = reportErrors(invalid);
    updateRadiusWarning();
    if (!valid || !point) {
      say(status, s('form.invalid'), 'error');
      return undefined;
    }
    return { title: title.value, text: text.value, ...point, radius: metres };
  };

  /** The API's field errors on their controls (`mediaIds.0` → the media group). */
  const showFieldErrors = (problem: TrailProblem) => {
    const controls = (problem.errors ?? [])
      .map(({ path }) => {
        // `mediaIds.2`, or `mediaId` when the API names the medium it refused.
        const name = path.startsWith('mediaId') ? 'mediaIds' : (path.split('.')[0] ?? '');
        return form.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
      })
      .filter((control): control is HTMLElement => control !== null);
    reportErrors([...new Set(controls)]);
    updateRadiusWarning();
    say(status, controls.length > 0 ? s('form.invalid') : s('form.failed'), 'error');
  };

  /** Why the API refused the media chosen, said on the media group. */
  const refuseMedia = (message: string) => {
    mediaError.textContent = message;
    reportErrors([mediaGroup]);
  };

  updateRadiusWarning();
  return { status, mediaGroup, typedPoint, setPoint, reset, fill, read, showFieldErrors, refuseMedia };
};
