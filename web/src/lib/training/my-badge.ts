/**
 * A held certification's badge on my training: "Download my Open Badge" saves the signed
 * credential the API makes (`GET /api/me/training/{module}/badge`, a JWT of type
 * `application/vc+jwt`) as a file named by the API, and a link leads to the public page where
 * anyone checks a badge. Fetched rather than linked, so a refusal (revoked meanwhile, signed out)
 * is said on the page instead of being saved as a file.
 */

import { say } from '../ui/announce.ts';
import { namedButton } from '../ui/buttons.ts';
import { element } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { guarded } from '../ui/guard.ts';
import type { Translate } from '../ui/strings.ts';
import { downloadMyBadge } from './calls.ts';

export interface BadgeContext {
  s: Translate;
  /** The modules section's status line. */
  status: HTMLElement;
  /** The public verification page, in the page's language. */
  verifyHref: string;
}

const CREDENTIAL_TYPE = 'application/vc+jwt';

/** The file name the API gives (`content-disposition`), or one made of the module's id. */
const fileNameOf = (response: Response, moduleId: string): string =>
  /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `${moduleId}.badge.jwt`;

/** Hands the browser a file to save, as a download link would. */
const saveFile = (blob: Blob, name: string) => {
  const url = URL.createObjectURL(blob);
  const link = element('a', { href: url, download: name, hidden: '' });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download by then; the object URL can go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

export const badgeActions = (context: BadgeContext, moduleId: string, title: string) => {
  const { s, status } = context;
  const download = namedButton(s('training.mine.badge.download'), title, 'button button--small');
  download.dataset.badgeDownload = moduleId;
  download.addEventListener(
    'click',
    guarded(
      async () => {
        say(status, s('training.mine.badge.preparing'));
        const response = await downloadMyBadge(moduleId);
        const code = response.status as number;
        if (!response.ok) {
          const key =
            code === 410 ? 'training.mine.badge.revoked' : code === 404 ? 'training.mine.badge.notHeld' : undefined;
          say(status, key ? s(key, { module: title }) : commonFailure(code, s), 'error');
          return;
        }
        const text = await response.text();
        saveFile(
          new Blob([text], { type: response.headers.get('content-type') ?? CREDENTIAL_TYPE }),
          fileNameOf(response, moduleId),
        );
        say(status, s('training.mine.badge.saved', { module: title }), 'success');
      },
      () => say(status, s('training.mine.badge.failed'), 'error'),
    ),
  );
  const verify = element('a', { href: context.verifyHref }, s('training.mine.badge.verify'));
  return element('p', 'training-badge', download, ' ', verify);
};
