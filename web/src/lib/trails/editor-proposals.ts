/**
 * Contributions waiting for review (stewards, on review-first trails): a proposed stop with its
 * media, or a medium proposed for a stop; each accepted or declined.
 */

import { LICENCES } from '../../../../functions/licences/licences.ts';
import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { decisionButtons } from '../ui/buttons.ts';
import { element, part, timeElement } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { guarded } from '../ui/guard.ts';
import { mediaViewHref } from '../ui/links.ts';
import { fillNodes, pageLocale } from '../ui/strings.ts';
import { placeText } from './editor-format.ts';
import type { EditorContext, Proposal, StopMedia, TrailEditor } from './editor-types.ts';

export const proposals = (context: EditorContext) => {
  const { root, s, trailId } = context;
  const locale = pageLocale();
  const list = part(root, '[data-proposals]');
  const status = part(root, '[data-proposals-status]');
  const heading = part(root, '#proposals-title');
  const endpoint = api.api.trails[':id'].proposals[':proposalId'];

  const what = (proposal: Proposal, editor: TrailEditor) => {
    if (proposal.kind === 'stop') return s('trailEditor.proposals.stop', { title: proposal.stop?.title ?? '' });
    const stop = editor.trail.stops.find((item) => item.id === proposal.stopId);
    return s('trailEditor.proposals.media', { title: proposal.media?.title ?? '', stop: stop?.title ?? '' });
  };

  const mediaLine = (medium: StopMedia) => {
    return element(
      'li',
      undefined,
      element('a', { href: mediaViewHref(locale, medium.id) }, medium.title),
      ` — ${s(`media.family.${medium.family}`)} · ${LICENCES[medium.licence].shortName} · ${medium.attributionName}`,
    );
  };

  const decide = (proposal: Proposal, accept: boolean, label: string) =>
    guarded(
      async () => {
        say(status, '');
        const param = { id: trailId, proposalId: proposal.id };
        const response = accept ? await endpoint.approve.$post({ param }) : await endpoint.reject.$post({ param });
        const code = response.status as number;
        if (accept && response.ok) {
          context.apply((await response.json()) as TrailEditor);
          say(status, s('trailEditor.proposals.accepted', { what: label }), 'success');
        } else if (!accept && response.ok) {
          await context.reload();
          say(status, s('trailEditor.proposals.declined', { what: label }), 'success');
        } else if (code === 404 || code === 409) {
          await context.reload();
          say(status, s('trailEditor.proposals.gone'), 'error');
        } else {
          say(status, commonFailure(code, s), 'error');
          return;
        }
        heading.focus();
      },
      () => say(status, s('form.failed'), 'error'),
    );

  const item = (proposal: Proposal, editor: TrailEditor) => {
    const label = what(proposal, editor);
    const entry = element(
      'li',
      'proposal',
      element('h3', 'proposal__title', label),
      element(
        'p',
        'muted',
        ...fillNodes(s('trailEditor.proposals.by'), {
          name: proposal.proposedBy,
          date: timeElement(proposal.proposedAt, { dateStyle: 'long', timeStyle: 'short' }),
        }),
      ),
    );
    const stop = proposal.stop;
    if (stop) {
      entry.append(
        element(
          'p',
          'muted',
          `${placeText(s, stop.lat, stop.lng)} · ${s('trailEditor.stops.radius', { radius: stop.radius })}`,
        ),
      );
      if (stop.text) entry.append(element('p', undefined, stop.text));
    }
    const media = stop ? stop.media : proposal.media ? [proposal.media] : [];
    if (media.length > 0) entry.append(element('ul', 'trail-stop__media', ...media.map(mediaLine)));
    const labels = { accept: s('trailEditor.proposals.accept'), decline: s('trailEditor.proposals.reject') };
    const decideOn = (accept: boolean) => void decide(proposal, accept, label)();
    entry.append(element('div', 'form-actions', ...decisionButtons(labels, label, decideOn)));
    return entry;
  };

  context.onRender((editor) => {
    if (!editor.canEdit) return;
    list.replaceChildren(...editor.proposals.map((proposal) => item(proposal, editor)));
    part(root, '[data-proposals-empty]').hidden = editor.proposals.length > 0;
    part(root, '[data-proposals-intro]').textContent = s(`trailEditor.proposals.intro.${editor.trail.moderationMode}`);
  });
};
