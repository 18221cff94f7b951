/**
 * Featuring the trail on the home page (administrators, stewards of the trail or not): a checkbox
 * that sends `PATCH {featured}` at once and says what came of it. The home page lists featured
 * trails once they are published.
 */

import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { guarded } from '../ui/guard.ts';
import type { EditorContext, TrailEditor } from './editor-types.ts';

export const featuredControl = (context: EditorContext, isAdmin: () => boolean) => {
  const { root, s, trailId } = context;
  const section = part(root, '[data-featured-section]');
  const box = part<HTMLInputElement>(section, '#trail-featured');
  const state = part(section, '[data-featured-state]');
  const status = part(section, '[data-featured-status]');

  const render = ({ trail }: TrailEditor) => {
    section.hidden = !isAdmin();
    if (section.hidden) return;
    box.checked = trail.featured;
    state.textContent = s(
      !trail.featured
        ? 'trailEditor.featured.off'
        : trail.status === 'published'
          ? 'trailEditor.featured.on'
          : 'trailEditor.featured.onDraft',
    );
  };

  const undo = () => {
    box.checked = context.current().trail.featured;
  };
  const send = guarded(
    async () => {
      const featured = box.checked;
      say(status, s('trailEditor.featured.saving'));
      const response = await api.api.trails[':id'].$patch({ param: { id: trailId }, json: { featured } });
      if (response.ok) {
        context.apply(await response.json());
        say(status, s(featured ? 'trailEditor.featured.featured' : 'trailEditor.featured.unfeatured'), 'success');
        return;
      }
      undo();
      say(status, commonFailure(response.status as number, s), 'error');
    },
    () => {
      undo();
      say(status, s('form.failed'), 'error');
    },
  );
  box.addEventListener('change', () => void send());
  context.onRender(render);
};
