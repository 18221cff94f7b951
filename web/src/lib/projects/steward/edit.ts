/** Editing the project: only the fields that changed are sent, so the activity log says what was edited. */
import { api } from '../../api.ts';
import { say } from '../../ui/announce.ts';
import { readProblem } from '../../ui/form.ts';
import { onSubmit } from '../../ui/guard.ts';
import { type ProjectValues, projectForm } from '../project-form/form.ts';
import type { ProjectDetail } from '../types.ts';
import type { StewardContext } from './context.ts';

type ProjectChanges = Partial<Omit<ProjectValues, 'slug' | 'neighbourhood'>> & { neighbourhood?: string | null };

const samePlace = (a: ProjectDetail['place'] | null, b: ProjectDetail['place'] | null) =>
  (a?.lat ?? null) === (b?.lat ?? null) && (a?.lng ?? null) === (b?.lng ?? null);

/** What the form changes of the project: only those fields go to the API. */
const changesOf = (project: ProjectDetail, values: ProjectValues): ProjectChanges => {
  const changes: ProjectChanges = {};
  for (const key of [
    'title',
    'summary',
    'description',
    'defaultLicence',
    'status',
    'joinMode',
    'visibility',
  ] as const) {
    if (values[key] !== project[key]) Object.assign(changes, { [key]: values[key] });
  }
  if (values.neighbourhood !== (project.neighbourhood ?? '')) changes.neighbourhood = values.neighbourhood || null;
  if (values.tags.join(',') !== project.tags.join(',')) changes.tags = values.tags;
  if (!samePlace(project.place ?? null, values.place)) changes.place = values.place;
  return changes;
};

export const editForm = (context: StewardContext) => {
  const { q, s, slug } = context;
  const element = q<HTMLFormElement>('[data-project-form]');
  const edit = projectForm(element, s);
  edit.fill(context.project());
  onSubmit(
    element,
    async () => {
      const values = edit.read();
      if (!values) return;
      const changes = changesOf(context.project(), values);
      if (Object.keys(changes).length === 0) {
        say(edit.status, s('projects.edit.unchanged'));
        return;
      }
      say(edit.status, s('projects.edit.saving'));
      const response = await api.api.projects[':slug'].$patch({ param: { slug }, json: changes });
      const code = response.status as number;
      if (code === 200) {
        // The API answers with the whole project: shown at once, and in the form.
        const updated = (await response.json()) as ProjectDetail;
        context.show(updated);
        edit.fill(updated);
        say(edit.status, s('projects.edit.saved'), 'success');
        void context.refreshActivity();
      } else if (code === 409) {
        say(edit.status, s('projects.edit.conflict'), 'error');
      } else if (code === 400 && edit.showProblem(await readProblem(response))) {
        // Shown on the fields.
      } else {
        context.failed(edit.status, code);
      }
    },
    () => say(edit.status, s('form.failed'), 'error'),
  );
};
