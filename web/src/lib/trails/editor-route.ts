/**
 * The route of a trail (stewards): the line through the stops in order, or one drawn on the map,
 * point by point (clicks, or typed coordinates for the keyboard), with undo. Saving sends the
 * LineString; clearing sends null and the route follows the stops again.
 */

import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { byId, part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { clearErrors, reportErrors } from '../ui/form.ts';
import { parseDecimal } from '../ui/format.ts';
import { guarded } from '../ui/guard.ts';
import { plural } from '../ui/strings.ts';
import { lineLength, roundCoordinate, routeFacts } from './editor-format.ts';
import type { EditorContext, TrailEditor } from './editor-types.ts';

/** GeoJSON positions: [longitude, latitude]. */
type Position = [number, number];

export const routeTools = (context: EditorContext, hooks: { drawingChanged(): void }) => {
  const { root, s, trailId } = context;
  const q = <T extends HTMLElement = HTMLElement>(selector: string) => part<T>(root, selector);
  const source = q('[data-route-source]');
  const idle = q('[data-route-idle]');
  const drawButton = q<HTMLButtonElement>('[data-route-draw]');
  const clearButton = q<HTMLButtonElement>('[data-route-clear]');
  const panel = q('[data-route-drawing]');
  const pointForm = q<HTMLFormElement>('[data-route-point-form]');
  const pointLat = byId<HTMLInputElement>('route-lat');
  const pointLng = byId<HTMLInputElement>('route-lng');
  const pointsText = q('[data-route-points]');
  const status = q('[data-route-status]');
  const summary = q('[data-route-summary]');
  const endpoint = api.api.trails[':id'];

  let drawing: Position[] | null = null;

  const describeDrawing = () => {
    if (!drawing) return;
    pointsText.textContent =
      drawing.length < 2
        ? plural(s, 'trailEditor.route.points', drawing.length)
        : `${plural(s, 'trailEditor.route.points', drawing.length)} · ${routeFacts(s, lineLength(drawing))}`;
    hooks.drawingChanged();
  };

  const setDrawing = (points: Position[] | null) => {
    drawing = points;
    panel.hidden = !drawing;
    idle.hidden = Boolean(drawing);
    if (drawing) describeDrawing();
    else hooks.drawingChanged();
  };

  const addPoint = (lat: number, lng: number) => {
    if (!drawing) return;
    drawing.push([roundCoordinate(lng), roundCoordinate(lat)]);
    describeDrawing();
  };

  drawButton.addEventListener('click', () => {
    const { trail } = context.current();
    const current =
      trail.routeSource === 'drawn' && trail.route
        ? trail.route.coordinates.map(([lng, lat]) => [lng, lat] as Position)
        : [];
    say(status, '');
    setDrawing(current);
    pointLat.focus();
  });

  pointForm.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(pointForm);
    const lat = parseDecimal(pointLat.value);
    const lng = parseDecimal(pointLng.value);
    const invalid = [Math.abs(lat) <= 90 ? null : pointLat, Math.abs(lng) <= 180 ? null : pointLng].filter(
      (control): control is HTMLInputElement => control !== null,
    );
    if (!reportErrors(invalid)) return;
    addPoint(lat, lng);
    pointLat.value = '';
    pointLng.value = '';
    pointLat.focus();
  });

  q('[data-route-undo]').addEventListener('click', () => {
    if (!drawing || drawing.length === 0) return;
    drawing.pop();
    describeDrawing();
  });

  q('[data-route-cancel]').addEventListener('click', () => {
    setDrawing(null);
    say(status, s('trailEditor.route.cancelled'));
    drawButton.focus();
  });

  const patchRoute = async (route: { type: 'LineString'; coordinates: Position[] } | null) => {
    const response = await endpoint.$patch({ param: { id: trailId }, json: { route } });
    if (!response.ok) {
      say(status, commonFailure(response.status as number, s), 'error');
      return false;
    }
    context.apply(await response.json());
    return true;
  };

  q('[data-route-save]').addEventListener(
    'click',
    guarded(
      async () => {
        if (!drawing || drawing.length < 2) {
          say(status, s('trailEditor.route.tooShort'), 'error');
          return;
        }
        say(status, s('trailEditor.route.saving'));
        if (await patchRoute({ type: 'LineString', coordinates: drawing })) {
          setDrawing(null);
          say(status, s('trailEditor.route.saved'), 'success');
          drawButton.focus();
        }
      },
      () => say(status, s('form.failed'), 'error'),
    ),
  );

  clearButton.addEventListener(
    'click',
    guarded(
      async () => {
        say(status, s('trailEditor.route.saving'));
        if (await patchRoute(null)) {
          say(status, s('trailEditor.route.cleared'), 'success');
          drawButton.focus();
        }
      },
      () => say(status, s('form.failed'), 'error'),
    ),
  );

  context.onRender((editor: TrailEditor) => {
    const { trail } = editor;
    const facts = trail.route ? routeFacts(s, trail.distanceMetres, trail.walkingMinutes) : '';
    const how = s(trail.routeSource === 'drawn' ? 'trailEditor.route.drawn' : 'trailEditor.route.stops');
    summary.textContent = trail.route ? `${how} ${facts}` : s('trailEditor.route.none');
    source.textContent = summary.textContent;
    clearButton.hidden = trail.routeSource !== 'drawn';
    drawButton.textContent = s(trail.routeSource === 'drawn' ? 'trailEditor.route.redraw' : 'trailEditor.route.draw');
  });

  return { drawing: () => drawing, addPoint };
};
