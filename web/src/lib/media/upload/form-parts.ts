/**
 * The questions of the upload form that change the form: someone else's work (it keeps its
 * licence), people shown (their consent), and the place, asked of the device only on request.
 */

import { say } from '../../ui/announce.ts';
import { part } from '../../ui/dom.ts';
import type { UploadContext } from './context.ts';

const authorship = ({ root, tr, form, fields }: UploadContext) => {
  const thirdPartyPart = part(root, '[data-third-party]');
  const licenceHint = part(fields.licences, '[data-licence-hint]');
  // Someone else's work keeps its licence: the licence question changes meaning.
  const showAuthorship = () => {
    const thirdParty = fields.thirdParty.checked;
    thirdPartyPart.hidden = !thirdParty;
    licenceHint.textContent = tr(thirdParty ? 'media.upload.licence.thirdPartyHint' : 'media.upload.licence.hint');
  };
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="authorship"]')) {
    radio.addEventListener('change', showAuthorship);
  }
};

const consent = ({ root, fields }: UploadContext) => {
  const consentPart = part(root, '[data-consent-details]');
  fields.people.addEventListener('change', () => {
    consentPart.hidden = !fields.people.checked;
  });
};

// The position is asked for only when the person presses the button.
const place = ({ root, tr, fields }: UploadContext) => {
  const locateStatus = part(root, '[data-locate-status]');
  part(root, '[data-locate]').addEventListener('click', () => {
    if (!('geolocation' in navigator)) {
      say(locateStatus, tr('media.upload.place.unavailable'), 'error');
      return;
    }
    say(locateStatus, tr('media.upload.place.locating'));
    navigator.geolocation.getCurrentPosition(
      (position) => {
        fields.lat.value = position.coords.latitude.toFixed(5);
        fields.lng.value = position.coords.longitude.toFixed(5);
        say(locateStatus, tr('media.upload.place.located'), 'success');
      },
      (error) =>
        say(
          locateStatus,
          tr(error.code === error.PERMISSION_DENIED ? 'media.upload.place.denied' : 'media.upload.place.unavailable'),
          'error',
        ),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  });
};

export const formParts = (context: UploadContext) => {
  authorship(context);
  consent(context);
  place(context);
};
