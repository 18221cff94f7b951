/**
 * Stewards' tools on a project page (loaded only for them): answer requests to join, change
 * roles and remove members, invite by e-mail, and edit the project. This controller builds the
 * context its parts share (`context.ts`) and starts them.
 */

import { say } from '../../ui/announce.ts';
import { part } from '../../ui/dom.ts';
import { commonFailure } from '../../ui/failures.ts';
import type { SignedInContext } from '../types.ts';
import type { StewardContext } from './context.ts';
import { editForm } from './edit.ts';
import { inviteForm } from './invite.ts';
import { memberManager } from './members.ts';
import { joinRequests } from './requests.ts';

export const startStewardTools = (signedIn: SignedInContext) => {
  const context: StewardContext = {
    ...signedIn,
    q: <T extends HTMLElement = HTMLElement>(selector: string) => part<T>(signedIn.root, selector),
    failed: (statusLine, code) => {
      say(statusLine, commonFailure(code, signedIn.s), 'error');
      if (code === 403) void signedIn.refreshMembership();
    },
  };
  const requests = joinRequests(context);
  const members = memberManager(context);
  inviteForm(context);
  editForm(context);

  context.onRender(members.render);
  members.render(context.project());
  void requests.load();
};
