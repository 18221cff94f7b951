/**
 * The stop form of the editor (`views/trails/EditorStopForm.astro`): adds a stop (stewards),
 * proposes one (contributors) or edits one (stewards). Its place comes from a click on the map or
 * from the typed coordinates; its radius warns as it is typed, outside 20–100 m, and says why.
 */

import { LICENCES } from '../../../../functions/licences/licences.ts';
import { radiusAdvice } from '../../../../functions/trails/trail-geometry.ts';
import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { element, part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { clearErrors, readProblem, reportErrors, setInvalid } from '../ui/form.ts';
import { parseDecimal as parseCoordinate } from '../ui/format.ts';
import { guarded } from '../ui/guard.ts';
import { placeText, roundCoordinate } from './editor-format.ts';
import { contributionConflict } from './editor-refusals.ts';
import type { EditorContext, OwnMedia, Stop, TrailDetail, TrailProblem } from './editor-types.ts';

const DEFAULT_RADIUS = 30;

export interface StopPoint {
  lat: number;
  lng: number;
}

/** A medium's line in a list of choices: its title, kind and licence, and what the trail will think of it. */
export const mediaChoiceLabel = (s: EditorContext['s'], media: OwnMedia) =>
  s('trailEditor.media.choice', {
    title: media.title,
    family: s(`media.family.${media.family}`),
    licence: LICENCES[media.licence].shortName,
  });

/** Why a medium of one's own would be refused or held back on this trail, if it would. */
export const mediaCaveat = (s: EditorContext['s'], media: OwnMedia, trail: TrailDetail): string | undefined => {
  if (!trail.licencePolicy.includes(media.licence)) return s('trailEditor.media.outsidePolicy');
  if (media.family === 'audio' && !media.transcript?.trim()) return s('trailEditor.media.noTranscript');
  if (media.family === 'video' && media.captions.length === 0) return s('trailEditor.media.noCaptions');
  return undefined;
};

export const stopForm = (context: EditorContext, hooks: { pointChanged(): void; editEnded(stopId?: string): void }) => {
  const { root, s, trailId } = context;
  const form = part<HTMLFormElement>(root, '[data-stop-form]');
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
  const choices = q('[data-media-choices]');
  const submit = q<HTMLButtonElement>('[data-stop-submit]');
  const cancel = q<HTMLButtonElement>('[data-stop-cancel]');
  const status = q('[data-form-status]');
  const placeStatus = q('[data-place-status]');
  const section = part(root, '[data-stop-form-section]');
  const heading = part(root, '[data-stop-form-title]');
  const intro = part(root, '[data-stop-form-intro]');
  const endpoint = api.api.trails[':id'];

  let editing: Stop | undefined;
  let media: OwnMedia[] = [];

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
  for (const control of [lat, lng]) control.addEventListener('change', () => hooks.pointChanged());

  const setPoint = (point: StopPoint) => {
    lat.value = String(roundCoordinate(point.lat));
    lng.value = String(roundCoordinate(point.lng));
    setInvalid(lat, false);
    setInvalid(lng, false);
    say(placeStatus, s('trailEditor.stop.place.set', { place: placeText(s, point.lat, point.lng) }), 'success');
    hooks.pointChanged();
  };

  const renderChoices = (trail: TrailDetail) => {
    const ids = new Set(checkedMedia().map((chosen) => chosen.id));
    choices.replaceChildren(
      ...media.map((item) => {
        const id = `stop-media-${item.id}`;
        const box = element('input');
        box.type = 'checkbox';
        box.id = id;
        box.value = item.id;
        box.checked = ids.has(item.id);
        const caveat = mediaCaveat(s, item, trail);
        const row = element('div', 'choice', box, element('label', undefined, mediaChoiceLabel(s, item)));
        row.querySelector('label')?.setAttribute('for', id);
        if (caveat) {
          box.setAttribute('aria-describedby', `${id}-hint`);
          const hint = element('p', 'choice__hint', caveat);
          hint.id = `${id}-hint`;
          row.append(hint);
        }
        return row;
      }),
    );
    q('[data-media-none]').hidden = media.length > 0;
  };

  const checkedMedia = () => {
    const ids = [...choices.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
    return media.filter((item) => ids.includes(item.id));
  };

  const reset = () => {
    form.reset();
    radius.value = String(DEFAULT_RADIUS);
    clearErrors(form);
    say(placeStatus, '');
    updateRadiusWarning();
    hooks.pointChanged();
  };

  /** Title, button and intro for what the form does now. */
  const describe = () => {
    const { canEdit, trail } = context.current();
    if (editing) {
      heading.textContent = s('trailEditor.stop.editTitle', { title: editing.title });
      intro.textContent = s('trailEditor.stop.editIntro');
      submit.textContent = s('trailEditor.stop.save');
    } else if (canEdit) {
      heading.textContent = s('trailEditor.stop.addTitle');
      intro.textContent = s('trailEditor.stop.addIntro');
      submit.textContent = s('trailEditor.stop.add');
    } else {
      heading.textContent = s('trailEditor.stop.proposeTitle');
      intro.textContent = s(
        trail.moderationMode === 'review-first'
          ? 'trailEditor.stop.proposeIntro.review-first'
          : 'trailEditor.stop.proposeIntro.publish-first',
      );
      submit.textContent = s('trailEditor.stop.propose');
    }
    mediaGroup.hidden = Boolean(editing);
    cancel.hidden = !editing;
  };

  const startEdit = (stop: Stop) => {
    editing = stop;
    reset();
    title.value = stop.title;
    text.value = stop.text;
    lat.value = String(stop.lat);
    lng.value = String(stop.lng);
    radius.value = String(stop.radius);
    updateRadiusWarning();
    describe();
    hooks.pointChanged();
    heading.scrollIntoView({ block: 'start' });
    heading.focus();
  };

  const endEdit = (focus: boolean) => {
    const stopId = editing?.id;
    editing = undefined;
    reset();
    describe();
    if (focus) hooks.editEnded(stopId);
  };
  cancel.addEventListener('click', () => endEdit(true));

  /** Contributors bring at least one medium; so do stewards once the trail is published. */
  const needsMedia = () => {
    const { canEdit, trail } = context.current();
    return !canEdit || trail.status === 'published';
  };

  /** The checked values, or undefined with the controls to correct shown (the first focused). */
  const read = () => {
    clearErrors(form);
    mediaError.textContent = mediaErrorUsual;
    say(status, '');
    title.value = title.value.trim();
    text.value = text.value.trim();
    const point = typedPoint();
    const latitude = parseCoordinate(lat.value);
    const longitude = parseCoordinate(lng.value);
    const metres = Number(radius.value.trim().replace(',', '.'));
    const chosen = checkedMedia();
    const invalid = (
      [
        title.value.length < 1 || title.value.length > 120 ? title : null,
        text.value.length > 5000 ? text : null,
        Math.abs(latitude) <= 90 ? null : lat,
        Math.abs(longitude) <= 180 ? null : lng,
        Number.isFinite(metres) && metres > 0 && metres <= 1000 ? null : radius,
        !editing && (chosen.length > 10 || (chosen.length === 0 && needsMedia())) ? mediaGroup : null,
      ] as (HTMLElement | null)[]
    ).filter((control): control is HTMLElement => control !== null);
    const valid = reportErrors(invalid);
    updateRadiusWarning();
    if (!valid || !point) {
      say(status, s('form.invalid'), 'error');
      return undefined;
    }
    return { title: title.value, text: text.value, ...point, radius: metres, chosen };
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

  const send = guarded(
    async () => {
      const values = read();
      if (!values) return;
      const { chosen, ...fields } = values;
      if (editing) {
        const stopId = editing.id;
        say(status, s('trailEditor.stop.saving'));
        const response = await endpoint.stops[':stopId'].$patch({ param: { id: trailId, stopId }, json: fields });
        const code = response.status as number;
        if (response.ok) {
          context.apply(await response.json());
          say(status, '');
          context.announce(s('trailEditor.stop.saved', { title: fields.title }), 'success');
          endEdit(true);
        } else if (code === 400) {
          showFieldErrors(await readProblem(response));
        } else if (code === 404) {
          say(status, s('trailEditor.stop.gone'), 'error');
          await context.reload();
        } else {
          say(status, commonFailure(code, s), 'error');
        }
        return;
      }
      say(status, s(context.current().canEdit ? 'trailEditor.stop.adding' : 'trailEditor.stop.proposing'));
      const response = await endpoint.stops.$post({
        param: { id: trailId },
        json: { ...fields, mediaIds: chosen.map((item) => item.id) },
      });
      const code = response.status as number;
      if (response.status === 201) {
        const result = await response.json();
        reset();
        say(status, '');
        await context.reload();
        const outcome = context.current().canEdit
          ? s('trailEditor.stop.added', { title: fields.title })
          : s(result.outcome === 'published' ? 'trailEditor.stop.published' : 'trailEditor.stop.proposed', {
              title: fields.title,
            });
        say(status, outcome, 'success');
        return;
      }
      const problem = (await readProblem(response)) as TrailProblem;
      if (code === 400) {
        showFieldErrors(problem);
      } else if (code === 409) {
        const message = contributionConflict(s, problem, chosen);
        mediaError.textContent = message;
        reportErrors([mediaGroup]);
        say(status, message, 'error');
      } else if (code === 403) {
        say(status, s('trailEditor.stop.forbidden'), 'error');
        await context.reload();
      } else {
        say(status, commonFailure(code, s), 'error');
      }
    },
    () => say(status, s('form.failed'), 'error'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send();
  });

  context.onRender((editor) => {
    section.hidden = !editor.canEdit && !editor.canContribute;
    if (editing && !editor.trail.stops.some((stop) => stop.id === editing?.id)) endEdit(false);
    describe();
    renderChoices(editor.trail);
  });

  /** Loads the person's ready media into the choices (once). */
  const loadMedia = async () => {
    media = await context.ownMedia();
    q('[data-media-loading]').hidden = true;
    renderChoices(context.current().trail);
  };

  updateRadiusWarning();
  return {
    setPoint,
    typedPoint,
    loadMedia,
    startEdit,
    editingId: () => editing?.id,
    active: () => !section.hidden,
  };
};

export type StopFormControl = ReturnType<typeof stopForm>;
