/**
 * The editor's map: Leaflet comes in a chunk of its own once the trail is read (an empty trail
 * opens on its project's place), and is redrawn with every change; clicks go to the route being
 * drawn, else to the stop form. The line above it says what a click does now.
 */
import { part } from '../ui/dom.ts';
import type { EditorMap } from './editor-map.ts';
import type { routeTools } from './editor-route.ts';
import type { StopFormControl } from './editor-stop-form.ts';
import type { EditorContext, TrailEditor } from './editor-types.ts';

interface MapTools {
  /** The editor shown, or undefined before the first one. */
  shown(): TrailEditor | undefined;
  route: ReturnType<typeof routeTools>;
  form: StopFormControl;
}

export const editorMapSection = ({ root, s }: EditorContext, { shown, route, form }: MapTools) => {
  let map: EditorMap | undefined;
  const mapMode = part(root, '[data-map-mode]');
  const redraw = () => {
    const editor = shown();
    if (!editor) return;
    const drawing = route.drawing();
    const formOpen = form.active();
    mapMode.textContent = s(
      drawing ? 'trailEditor.map.mode.route' : formOpen ? 'trailEditor.map.mode.stop' : 'trailEditor.map.mode.none',
    );
    map?.show({
      stops: editor.trail.stops,
      route: editor.trail.route?.coordinates ?? null,
      drawing,
      pending: formOpen ? form.typedPoint() : null,
      editingStopId: form.editingId(),
    });
  };
  const onMapClick = (lat: number, lng: number) => {
    if (route.drawing()) route.addPoint(lat, lng);
    else if (form.active()) form.setPoint({ lat, lng });
  };

  const start = async (first: TrailEditor) => {
    const status = part(root, '[data-map-status]');
    const canvas = part(root, '[data-editor-map]');
    try {
      // An empty trail opens on its project's place.
      const centre = first.trail.stops.length === 0 ? first.projectPlace : undefined;
      const { editorMap } = await import('./editor-map.ts');
      canvas.hidden = false;
      map = editorMap(
        canvas,
        {
          zoomIn: s('projects.map.zoomIn'),
          zoomOut: s('projects.map.zoomOut'),
          attribution: s('projects.map.attribution', {
            osm: '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
          }),
        },
        onMapClick,
        centre,
      );
      status.hidden = true;
      redraw();
    } catch (error) {
      console.warn('The map could not be shown:', error);
      canvas.hidden = true;
      status.hidden = false;
      status.textContent = s('trailEditor.map.error');
    }
  };

  return { redraw, start };
};
