/**
 * Publication in the editor (stewards): the checklist of the publication rule — stops, a ready
 * medium at each, a transcript for every recording, captions for every video — with links to fix
 * each item, and the Publish / Unpublish buttons. A refused publication shows the API's list
 * (409), or names the training the city requires to publish, with a link to it (403).
 */

import type { MessageKey } from '../../i18n/index.ts';
import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { element, part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { readProblem } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import { mediaViewHref, trainingModuleHref } from '../ui/links.ts';
import { fillNodes, pageLocale, plural } from '../ui/strings.ts';
import type { EditorContext, MissingItem, RequiredTraining, TrailEditor, TrailProblem } from './editor-types.ts';

const RULES = [
  { key: 'stops', code: 'no-stops' },
  { key: 'media', code: 'stop-without-media' },
  { key: 'transcripts', code: 'audio-without-transcript' },
  { key: 'captions', code: 'video-without-captions' },
] as const;

/** The states a required training is refused in, each with its message (`trailEditor.publication.training.*`). */
const TRAINING_REFUSALS: readonly string[] = [
  'not-started',
  'expired',
  'renew',
  'revoked',
] satisfies RequiredTraining['status']['state'][];

const link = (text: string, href: string) => {
  const node = element('a', undefined, text);
  node.href = href;
  return node;
};

export const publication = (context: EditorContext) => {
  const { root, s, trailId } = context;
  const locale = pageLocale();
  const myMedia = root.dataset.myMedia ?? '/';
  const checklist = part(root, '[data-checklist]');
  const summary = part(root, '[data-checklist-summary]');
  const stateText = part(root, '[data-publication-state]');
  const publishButton = part<HTMLButtonElement>(root, '[data-publish]');
  const unpublishButton = part<HTMLButtonElement>(root, '[data-unpublish]');
  const status = part(root, '[data-publication-status]');
  const heading = part(root, '#publication-title');
  const endpoint = api.api.trails[':id'];

  const mediaTitle = (editor: TrailEditor, mediaId: string | undefined) =>
    editor.trail.stops.flatMap((stop) => stop.media).find((medium) => medium.id === mediaId)?.title ?? '';

  /** One missing item, said in the page's language, with where to fix it. */
  const missingItem = (editor: TrailEditor, item: MissingItem) => {
    const stop = item.stopTitle ?? '';
    switch (item.code) {
      case 'no-stops':
        return element(
          'li',
          undefined,
          ...fillNodes(s('trailEditor.checklist.noStops'), {
            link: link(s('trailEditor.checklist.addStop'), '#stop-form-title'),
          }),
        );
      case 'stop-without-media':
        return element(
          'li',
          undefined,
          ...fillNodes(s('trailEditor.checklist.stopWithoutMedia', { stop }), {
            link: link(s('trailEditor.checklist.addMedia', { stop }), `#stop-${item.stopId ?? ''}`),
          }),
        );
      default: {
        const title = mediaTitle(editor, item.mediaId);
        const key =
          item.code === 'audio-without-transcript'
            ? 'trailEditor.checklist.audioWithoutTranscript'
            : 'trailEditor.checklist.videoWithoutCaptions';
        return element(
          'li',
          undefined,
          ...fillNodes(s(key, { title, stop }), {
            open: link(s('trailEditor.checklist.openMedia', { title }), mediaViewHref(locale, item.mediaId ?? '')),
            mine: link(s('trailEditor.checklist.myMedia'), myMedia),
          }),
        );
      }
    }
  };

  /**
   * Why the city's required training stops this steward publishing, with its module page as the
   * way forward (the next stop after the Publish button, for the keyboard). A state this page does
   * not know yet is said as "not started": taking the training is what it asks either way.
   */
  const trainingNeeded = ({ moduleId, title, status: { state } }: RequiredTraining) => {
    const refusal = TRAINING_REFUSALS.includes(state) ? state : 'not-started';
    return fillNodes(s(`trailEditor.publication.training.${refusal}`), {
      link: link(title[locale], trainingModuleHref(locale, moduleId)),
    });
  };

  const renderChecklist = (editor: TrailEditor, missing: readonly MissingItem[]) => {
    checklist.replaceChildren(
      ...RULES.map(({ key, code }) => {
        const items = missing.filter((item) => item.code === code);
        const done = items.length === 0;
        const entry = element(
          'li',
          `checklist__item checklist__item--${done ? 'done' : 'todo'}`,
          element(
            'span',
            `badge checklist__badge`,
            s(done ? 'trailEditor.checklist.done' : 'trailEditor.checklist.todo'),
          ),
          ' ',
          element('span', 'checklist__rule', s(`trailEditor.checklist.rule.${key}`)),
        );
        entry.dataset.rule = key;
        entry.dataset.done = String(done);
        if (!done) entry.append(element('ul', 'checklist__missing', ...items.map((item) => missingItem(editor, item))));
        return entry;
      }),
    );
    summary.textContent =
      missing.length === 0 ? s('trailEditor.checklist.ready') : plural(s, 'trailEditor.checklist.left', missing.length);
    summary.dataset.ready = String(missing.length === 0);
  };

  const render = (editor: TrailEditor) => {
    if (!editor.canEdit) return;
    const published = editor.trail.status === 'published';
    // A trail the city hid (reports, or an admin) says so, with the reason its stewards need.
    stateText.textContent = editor.trail.hidden
      ? s('trailEditor.publication.hidden', { reason: editor.trail.hidden.reason })
      : s(published ? 'trailEditor.publication.published' : 'trailEditor.publication.draft');
    publishButton.hidden = published;
    unpublishButton.hidden = !published;
    renderChecklist(editor, editor.missing);
  };

  /**
   * Publish or unpublish: says so, sends it and, once done, moves on to the other button. A refusal
   * is first for `refused` to explain (false: it could not); otherwise a 409 means the trail changed
   * meanwhile and it is read again.
   */
  const onPress = (
    button: HTMLButtonElement,
    send: () => ReturnType<typeof endpoint.publish.$post>,
    strings: { working: MessageKey; done: MessageKey },
    next: HTMLButtonElement,
    refused: (response: Response) => Promise<boolean> = async () => false,
  ) =>
    button.addEventListener(
      'click',
      guarded(
        async () => {
          say(status, s(strings.working));
          const response = await send();
          const code = response.status as number;
          if (response.ok) {
            context.apply(await response.json());
            say(status, s(strings.done), 'success');
            next.focus();
          } else if (await refused(response)) {
            return;
          } else if (code === 409) {
            await context.reload();
            say(status, s('trailEditor.publication.changed'), 'error');
          } else {
            say(status, commonFailure(code, s), 'error');
          }
        },
        () => say(status, s('form.failed'), 'error'),
      ),
    );

  onPress(
    publishButton,
    () => endpoint.publish.$post({ param: { id: trailId } }),
    { working: 'trailEditor.publication.publishing', done: 'trailEditor.publication.done' },
    unpublishButton,
    async (response) => {
      const problem = (await readProblem(response)) as TrailProblem;
      // The publication rule is not met: the API's list replaces the checklist.
      if (problem.status === 409 && problem.missing) {
        renderChecklist(context.current(), problem.missing);
        say(status, s('trailEditor.publication.refused'), 'error');
        heading.focus();
        return true;
      }
      // The city requires a training this steward does not hold (now): which, why, and where.
      if (problem.status === 403 && problem.requiredTraining) {
        say(status, trainingNeeded(problem.requiredTraining), 'error');
        return true;
      }
      return false;
    },
  );

  onPress(
    unpublishButton,
    () => endpoint.unpublish.$post({ param: { id: trailId } }),
    { working: 'trailEditor.publication.unpublishing', done: 'trailEditor.publication.undone' },
    publishButton,
  );

  context.onRender(render);
};
