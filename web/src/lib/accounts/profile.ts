/**
 * Browser island of the profile page (`views/accounts/Profile.astro`): fills the form from
 * `GET /api/me`, saves it with `PATCH /api/me`, signs out everywhere, and erases the account.
 */
import { api } from '../api.ts';
import type { Profile } from '../api-types.ts';
import { say } from '../ui/announce.ts';
import { byId } from '../ui/dom.ts';
import { clearErrors, controlsOf, readProblem, reportErrors } from '../ui/form.ts';
import { guarded, onSubmit } from '../ui/guard.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { announceProfile, forgetSignedIn } from '../ui/session.ts';
import { stringsOf } from '../ui/strings.ts';
import { setFlash } from './flash.ts';
import type { ContributionChoice } from './types.ts';

const root = document.querySelector<HTMLElement>('[data-profile]');

const statusOf = (form: HTMLElement) => form.querySelector<HTMLElement>('[data-form-status]') as HTMLElement;

/** What to say when a request failed: field errors on their fields, else one line. */
const reportFailure = async (page: HTMLElement, form: HTMLFormElement, response: Response) => {
  const s = stringsOf(page);
  const status = statusOf(form);
  if (response.status === 401) {
    forgetSignedIn();
    say(status, s('form.sessionEnded'), 'error');
    return;
  }
  const problem = await readProblem(response);
  const controls = response.status === 400 ? controlsOf(form, problem) : [];
  if (controls.length > 0) {
    reportErrors(controls);
    say(status, s('form.invalid'), 'error');
  } else {
    say(status, s('form.failed'), 'error');
  }
};

const profileForm = (page: HTMLElement, getProfile: () => Profile, setProfile: (profile: Profile) => void) => {
  const s = stringsOf(page);
  const form = byId<HTMLFormElement>('profile-form');
  const displayName = byId<HTMLInputElement>('profile-display-name');
  const attributionName = byId<HTMLInputElement>('profile-attribution-name');
  const bio = byId<HTMLTextAreaElement>('profile-bio');
  const neighbourhood = byId<HTMLInputElement>('profile-neighbourhood');
  const language = byId<HTMLSelectElement>('profile-language');
  const publicProfile = byId<HTMLInputElement>('profile-public');
  const status = statusOf(form);

  const fill = (profile: Profile) => {
    displayName.value = profile.displayName;
    attributionName.value = profile.attributionName;
    bio.value = profile.bio ?? '';
    neighbourhood.value = profile.neighbourhood ?? '';
    language.value = profile.language;
    publicProfile.checked = profile.publicProfile;
  };
  fill(getProfile());

  onSubmit(form, async () => {
    clearErrors(form);
    for (const field of [displayName, attributionName, bio, neighbourhood]) field.value = field.value.trim();
    const invalid = [
      displayName.value.length < 1 || displayName.value.length > 80 ? displayName : null,
      attributionName.value.length < 1 || attributionName.value.length > 120 ? attributionName : null,
      bio.value.length > 1000 ? bio : null,
      neighbourhood.value.length > 80 ? neighbourhood : null,
    ].filter((control): control is HTMLInputElement | HTMLTextAreaElement => control !== null);
    if (!reportErrors(invalid)) {
      say(status, s('form.invalid'), 'error');
      return;
    }

    say(status, s('profile.saving'));
    try {
      const response = await api.api.me.$patch({
        json: {
          displayName: displayName.value,
          attributionName: attributionName.value,
          bio: bio.value,
          neighbourhood: neighbourhood.value,
          language: language.value === 'en' ? 'en' : 'fr',
          publicProfile: publicProfile.checked,
        },
      });
      if (response.ok) {
        const profile = await response.json();
        setProfile(profile);
        fill(profile);
        say(status, s('profile.saved'), 'success');
        announceProfile(profile);
      } else {
        await reportFailure(page, form, response);
      }
    } catch {
      say(status, s('form.failed'), 'error');
    }
  });
};

/** Ends the session, with the one-time message the home page will show. */
const leave = (page: HTMLElement, flash: 'signed-out-everywhere' | 'deleted') => {
  forgetSignedIn();
  setFlash(flash);
  window.location.assign(page.dataset.home ?? '/');
};

const signOutEverywhere = (page: HTMLElement) => {
  const s = stringsOf(page);
  const button = page.querySelector<HTMLButtonElement>('[data-sign-out-everywhere]') as HTMLButtonElement;
  const status = page.querySelector<HTMLElement>('[data-sessions-status]') as HTMLElement;
  button.addEventListener('click', async () => {
    say(status, '');
    try {
      const response = await api.api.auth['sign-out-everywhere'].$post();
      // 401: that session had already ended, which is what was asked.
      if (response.ok || (response.status as number) === 401) leave(page, 'signed-out-everywhere');
      else say(status, s('form.failed'), 'error');
    } catch {
      say(status, s('form.failed'), 'error');
    }
  });
};

const deleteForm = (page: HTMLElement, getProfile: () => Profile) => {
  const s = stringsOf(page);
  const form = byId<HTMLFormElement>('delete-form');
  const choices = byId<HTMLFieldSetElement>('delete-contributions');
  const confirmEmail = byId<HTMLInputElement>('delete-confirm-email');
  const status = statusOf(form);

  const remove = guarded(async () => {
    clearErrors(form);
    const chosen = choices.querySelector<HTMLInputElement>('input:checked')?.value as ContributionChoice | undefined;
    confirmEmail.value = confirmEmail.value.trim();
    const sameAddress = confirmEmail.value.toLowerCase() === getProfile().email.toLowerCase();
    const invalid = [chosen ? null : choices, sameAddress ? null : confirmEmail].filter(
      (control): control is HTMLInputElement | HTMLFieldSetElement => control !== null,
    );
    if (!reportErrors(invalid) || !chosen) {
      say(status, s('form.invalid'), 'error');
      return;
    }

    say(status, s('profile.delete.deleting'));
    try {
      const response = await api.api.me.$delete({ json: { confirmEmail: confirmEmail.value, contributions: chosen } });
      if (response.ok) leave(page, 'deleted');
      else await reportFailure(page, form, response);
    } catch {
      say(status, s('form.failed'), 'error');
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void remove();
  });
};

if (root) {
  whenSignedIn(root, ({ profile: loaded }, fresh) => {
    let profile = loaded;
    const email = root.querySelector('[data-profile-email]');
    if (email) email.textContent = profile.email;
    showState(root, 'ready');
    // After a retry, the account menu learns here who is signed in.
    if (fresh) announceProfile(profile);
    const getProfile = () => profile;
    profileForm(root, getProfile, (saved) => {
      profile = saved;
    });
    signOutEverywhere(root);
    deleteForm(root, getProfile);
  });
}
