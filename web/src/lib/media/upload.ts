/**
 * Browser island of the upload page (`views/media/Upload.astro`): checks the form, asks the API
 * to accept the upload, sends the bytes to storage with a progress bar (pause, resume and retry
 * for large files), then follows the processing until the medium is published or refused.
 */
import { ACCEPTED_TYPES, familyOfDeclaredType, maxBytesFor } from '../../../../functions/media/allow-list.ts';
import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { byId, part } from '../ui/dom.ts';
import { clearErrors, controlsOf, type Problem, readProblem, reportErrors } from '../ui/form.ts';
import { formatBytes, parseDecimal } from '../ui/format.ts';
import { guarded } from '../ui/guard.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { announceProfile, forgetSignedIn } from '../ui/session.ts';
import { pageLocale, stringsOf, type Translate } from '../ui/strings.ts';
import { FAMILY_TEXT, reasonText } from './describe.ts';
import { isLicenceId } from './licences.ts';
import type { MediaFamily, OwnMedia, UploadAnswer, UploadRequest } from './types.ts';

const POLL_MS = 1500;
/** Processing takes seconds; past this, the page stops watching and points to "My media". */
const POLL_GIVE_UP_MS = 5 * 60_000;

interface ChosenFile {
  file: File;
  contentType: string;
  family: MediaFamily;
}

/** The type to declare: the browser's, when accepted, else the one its extension names. */
const typeOf = (file: File): Omit<ChosenFile, 'file'> | undefined => {
  const declared = file.type.toLowerCase();
  const family = familyOfDeclaredType(declared);
  if (family) return { contentType: declared, family };
  const ext = file.name.split('.').pop()?.toLowerCase();
  const aliases: Record<string, string> = { jpeg: 'jpg', oga: 'ogg' };
  const known = ACCEPTED_TYPES.find((type) => type.ext === (aliases[ext ?? ''] ?? ext));
  return known && { contentType: known.mime, family: known.family };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const start = (root: HTMLElement, tr: Translate, attributionName: string) => {
  const locale = pageLocale();
  const form = byId<HTMLFormElement>('upload-form');
  const status = part(form, '[data-form-status]');
  const fileInput = byId<HTMLInputElement>('upload-file');
  const fileError = part(root, '#upload-file-error [data-error-text]');
  const fileSummary = part(root, '[data-file-summary]');
  const title = byId<HTMLInputElement>('upload-title');
  const description = byId<HTMLTextAreaElement>('upload-description');
  const language = byId<HTMLSelectElement>('upload-language');
  const transcript = byId<HTMLTextAreaElement>('upload-transcript');
  const alt = byId<HTMLTextAreaElement>('upload-alt');
  const thirdPartyRadio = byId<HTMLInputElement>('upload-authorship-third-party');
  const thirdPartyPart = part(root, '[data-third-party]');
  const author = byId<HTMLInputElement>('upload-author');
  const source = byId<HTMLInputElement>('upload-source');
  const licences = byId<HTMLFieldSetElement>('upload-licence');
  const licenceHint = part(licences, '[data-licence-hint]');
  const attribution = byId<HTMLInputElement>('upload-attribution-name');
  const people = byId<HTMLInputElement>('upload-people');
  const consentPart = part(root, '[data-consent-details]');
  const confirmed = byId<HTMLInputElement>('upload-consent-confirmed');
  const statement = byId<HTMLTextAreaElement>('upload-consent-statement');
  const lat = byId<HTMLInputElement>('upload-lat');
  const lng = byId<HTMLInputElement>('upload-lng');
  const locateStatus = part(root, '[data-locate-status]');

  attribution.value = attributionName;
  language.value = locale;
  let chosen: ChosenFile | undefined;

  // The file: its type and size are checked here first (the API and the processing check again).
  const fileProblem = (): string | undefined => {
    const file = fileInput.files?.[0];
    if (!file) return tr('media.upload.file.error');
    const type = typeOf(file);
    if (!type) return tr('media.upload.file.type');
    if (file.size === 0) return tr('media.upload.file.empty');
    const max = maxBytesFor(type.family);
    if (file.size > max) {
      return tr('media.upload.file.tooLarge', { size: formatBytes(locale, file.size), max: formatBytes(locale, max) });
    }
    return undefined;
  };
  const showFamilyFields = (family: MediaFamily | undefined) => {
    for (const field of root.querySelectorAll<HTMLElement>('[data-family-field]')) {
      const families = (field.dataset.familyField ?? '').split(' ');
      field.hidden = family ? !families.includes(family) : !families.includes('audio');
    }
  };
  fileInput.addEventListener('change', () => {
    clearErrors(form);
    const file = fileInput.files?.[0];
    const problem = fileProblem();
    const type = file && typeOf(file);
    chosen = file && type && !problem ? { file, ...type } : undefined;
    fileSummary.hidden = !file;
    fileSummary.textContent = file
      ? tr('media.upload.file.chosen', {
          name: file.name,
          kind: type ? tr(FAMILY_TEXT[type.family]) : '?',
          size: formatBytes(locale, file.size),
        })
      : '';
    showFamilyFields(type?.family);
    // Fetched while the person fills the form, so sending starts at once.
    if (chosen) void import('./uploader.ts');
    if (problem && file) {
      fileError.textContent = problem;
      reportErrors([fileInput]);
    }
    // The title starts as the file's name, for the person to improve.
    if (chosen && !title.value.trim()) title.value = chosen.file.name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ');
  });

  // Someone else's work keeps its licence: the licence question changes meaning.
  const showAuthorship = () => {
    const thirdParty = thirdPartyRadio.checked;
    thirdPartyPart.hidden = !thirdParty;
    licenceHint.textContent = tr(thirdParty ? 'media.upload.licence.thirdPartyHint' : 'media.upload.licence.hint');
  };
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="authorship"]')) {
    radio.addEventListener('change', showAuthorship);
  }
  people.addEventListener('change', () => {
    consentPart.hidden = !people.checked;
  });

  // The position is asked for only when the person presses the button.
  part(root, '[data-locate]').addEventListener('click', () => {
    if (!('geolocation' in navigator)) {
      say(locateStatus, tr('media.upload.place.unavailable'), 'error');
      return;
    }
    say(locateStatus, tr('media.upload.place.locating'));
    navigator.geolocation.getCurrentPosition(
      (position) => {
        lat.value = position.coords.latitude.toFixed(5);
        lng.value = position.coords.longitude.toFixed(5);
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

  /** The request for the API, or the controls to correct (in the order of the page). */
  const readForm = (): { request?: UploadRequest; invalid: HTMLElement[] } => {
    for (const field of [title, description, transcript, alt, author, source, attribution, statement, lat, lng]) {
      field.value = field.value.trim();
    }
    const licence = licences.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
    const thirdParty = thirdPartyRadio.checked;
    const place = { lat: parseDecimal(lat.value), lng: parseDecimal(lng.value) };
    const noPlace = !lat.value && !lng.value;
    const family = chosen?.family;
    const problem = fileProblem();
    if (problem) fileError.textContent = problem;
    const checks: [HTMLElement, boolean][] = [
      [fileInput, !problem],
      [title, title.value.length >= 1 && title.value.length <= 200],
      [description, description.value.length <= 5000],
      [transcript, family === 'image' || transcript.value.length <= 40_000],
      [alt, family !== 'image' || alt.value.length <= 1000],
      [author, !thirdParty || (author.value.length >= 1 && author.value.length <= 200)],
      [source, !thirdParty || (source.value.length >= 1 && source.value.length <= 500)],
      [licences, isLicenceId(licence)],
      [attribution, attribution.value.length >= 1 && attribution.value.length <= 120],
      [confirmed, !people.checked || confirmed.checked],
      [statement, !people.checked || statement.value.length <= 1000],
      [lat, noPlace || (place.lat >= -90 && place.lat <= 90)],
      [lng, noPlace || (place.lng >= -180 && place.lng <= 180)],
    ];
    const invalid = checks.filter(([, ok]) => !ok).map(([control]) => control);
    if (invalid.length > 0 || !chosen || !isLicenceId(licence)) return { invalid };
    return {
      invalid,
      request: {
        fileName: chosen.file.name.slice(-255),
        contentType: chosen.contentType,
        size: chosen.file.size,
        title: title.value,
        description: description.value || undefined,
        language: language.value,
        licence,
        authorship: thirdParty
          ? { kind: 'third-party', author: author.value, source: source.value, originalLicence: licence }
          : { kind: 'own' },
        attributionName: attribution.value,
        place: noPlace ? undefined : place,
        consent: people.checked
          ? { identifiablePeople: true, confirmed: true, statement: statement.value || undefined }
          : { identifiablePeople: false },
        transcript: family !== 'image' ? transcript.value || undefined : undefined,
        alt: family === 'image' ? alt.value || undefined : undefined,
      },
    };
  };

  /** The API's field paths that name a control of another name here. */
  const FIELD_ALIASES: Record<string, string> = {
    fileName: 'file',
    contentType: 'file',
    size: 'file',
    'authorship.originalLicence': 'licence',
  };

  const refused = async (response: Response) => {
    const problem = (await readProblem(response)) as Problem & Record<string, unknown>;
    const number = (name: string) => Number(problem[name] ?? 0);
    switch (response.status) {
      case 401:
        forgetSignedIn();
        return say(status, tr('form.sessionEnded'), 'error');
      case 400: {
        const controls = controlsOf(form, {
          ...problem,
          errors: (problem.errors ?? []).map(({ path }) => ({ path: FIELD_ALIASES[path] ?? path })),
        });
        if (controls.some((control) => control === fileInput)) fileError.textContent = tr('media.upload.file.type');
        if (controls.length > 0) reportErrors([...new Set(controls)]);
        return say(status, tr('form.invalid'), 'error');
      }
      case 413:
        if (problem.quotaBytes !== undefined) {
          return say(
            status,
            tr('media.upload.quota', {
              used: formatBytes(locale, number('usedBytes')),
              quota: formatBytes(locale, number('quotaBytes')),
            }),
            'error',
          );
        }
        fileError.textContent = tr('media.upload.file.tooLarge', {
          size: formatBytes(locale, chosen?.file.size ?? 0),
          max: formatBytes(locale, number('maxBytes')),
        });
        reportErrors([fileInput]);
        return say(status, tr('form.invalid'), 'error');
      case 415:
        fileError.textContent = tr('media.upload.file.type');
        reportErrors([fileInput]);
        return say(status, tr('form.invalid'), 'error');
      case 409:
        return say(
          status,
          tr('media.upload.tooMany', { pending: number('pending'), max: number('maxPending') }),
          'error',
        );
      default:
        return say(status, tr('form.failed'), 'error');
    }
  };

  const send = guarded(async () => {
    clearErrors(form);
    say(status, '');
    const { request, invalid } = readForm();
    if (!request || !chosen) {
      reportErrors(invalid);
      say(status, tr('form.invalid'), 'error');
      return;
    }
    say(status, tr('media.upload.preparing'));
    try {
      const response = await api.api.uploads.$post({ json: request });
      if (response.status === 201) {
        say(status, '');
        await sendBytes(root, tr, chosen.file, request.title, await response.json());
      } else {
        await refused(response);
      }
    } catch {
      say(status, tr('form.failed'), 'error');
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send();
  });
};

/** The transfer to storage and the processing that follows, in the progress panel. */
const sendBytes = async (root: HTMLElement, tr: Translate, file: File, title: string, answer: UploadAnswer) => {
  const { startUpload } = await import('./uploader.ts');
  const heading = part(root, '[data-progress-title]');
  const bar = byId<HTMLProgressElement>('upload-progress');
  const progressStatus = part(root, '[data-progress-status]');
  const buttons = {
    pause: part<HTMLButtonElement>(root, '[data-pause]'),
    resume: part<HTMLButtonElement>(root, '[data-resume]'),
    retry: part<HTMLButtonElement>(root, '[data-retry-upload]'),
    cancel: part<HTMLButtonElement>(root, '[data-cancel]'),
  };
  const show = (...visible: (keyof typeof buttons)[]) => {
    for (const [name, button] of Object.entries(buttons))
      button.hidden = !visible.includes(name as keyof typeof buttons);
  };

  heading.textContent = tr('media.upload.progress.title', { title });
  showState(root, 'sending');
  heading.focus();

  let percent = 0;
  // Screen readers hear every tenth: the bar itself follows every byte.
  let announced = -10;
  const running = startUpload(file, answer, {
    progress: (sent, total) => {
      percent = total > 0 ? Math.min(100, Math.floor((sent * 100) / total)) : 0;
      bar.value = percent;
      if (percent >= announced + 10 || percent === 100) {
        announced = percent - (percent % 10);
        say(progressStatus, tr('media.upload.progress.percent', { percent }));
      }
    },
    sent: () => {
      bar.value = 100;
      say(progressStatus, tr('media.upload.progress.percent', { percent: 100 }), 'success');
      show();
      void follow(root, tr, answer.mediaId);
    },
    failed: () => {
      say(progressStatus, tr('media.upload.progress.failed', { percent }), 'error');
      show('retry', 'cancel');
    },
    offline: () => {
      say(progressStatus, tr('media.upload.progress.offline', { percent }), 'error');
      show('cancel');
    },
    online: () => {
      say(progressStatus, tr('media.upload.progress.percent', { percent }));
      show(...(running.resumable ? (['pause', 'cancel'] as const) : (['cancel'] as const)));
    },
  });
  show(...(running.resumable ? (['pause', 'cancel'] as const) : (['cancel'] as const)));

  buttons.pause.addEventListener('click', () => {
    running.pause();
    say(progressStatus, tr('media.upload.progress.paused', { percent }));
    show('resume', 'cancel');
    buttons.resume.focus();
  });
  buttons.resume.addEventListener('click', () => {
    running.resume();
    say(progressStatus, tr('media.upload.progress.percent', { percent }));
    show('pause', 'cancel');
    buttons.pause.focus();
  });
  buttons.retry.addEventListener('click', () => {
    running.retry();
    say(progressStatus, tr('media.upload.progress.percent', { percent }));
    show(...(running.resumable ? (['pause', 'cancel'] as const) : (['cancel'] as const)));
    (running.resumable ? buttons.pause : buttons.cancel).focus();
  });
  buttons.cancel.addEventListener('click', async () => {
    show();
    const cancelled = await running.cancel().catch(() => false);
    const next = part(root, '[data-next-steps]');
    if (cancelled) {
      say(progressStatus, tr('media.upload.progress.cancelled'));
      next.hidden = false;
      next.querySelector('a')?.focus();
    } else {
      // The last byte arrived first: the medium is being checked like any other.
      say(progressStatus, tr('media.upload.progress.tooLateToCancel'));
      void follow(root, tr, answer.mediaId);
    }
  });
};

/** Asks how processing goes every 1.5 s, saying each new state once, until it settles. */
const follow = async (root: HTMLElement, tr: Translate, mediaId: string) => {
  const text = part(root, '[data-processing-text]');
  const linkLine = part(root, '[data-processing-link]');
  const next = part(root, '[data-next-steps]');
  const startedAt = Date.now();
  let shown: OwnMedia['status'] | undefined;
  text.textContent = tr('media.upload.processing.waiting');
  for (;;) {
    await sleep(POLL_MS);
    let media: OwnMedia | undefined;
    try {
      const response = await api.api.me.media[':id'].$get({ param: { id: mediaId } });
      if (response.ok) media = await response.json();
      else if ((response.status as number) === 401) {
        forgetSignedIn();
        text.textContent = tr('form.sessionEnded');
        return;
      }
    } catch {
      // A dropped request: ask again at the next tick.
    }
    if (media && media.status !== shown) {
      shown = media.status;
      if (media.status === 'ready') {
        text.textContent = tr('media.upload.processing.ready');
        part<HTMLAnchorElement>(linkLine, 'a').href = `${root.dataset.mediaPage}?id=${encodeURIComponent(mediaId)}`;
        linkLine.hidden = false;
        next.hidden = false;
        return;
      }
      if (media.status === 'rejected' || media.status === 'expired' || media.status === 'hidden') {
        text.textContent = tr('media.upload.processing.rejected', { reason: reasonText(tr, media) ?? '' });
        next.hidden = false;
        return;
      }
    }
    if (Date.now() - startedAt > POLL_GIVE_UP_MS) {
      text.textContent = tr('media.upload.processing.slow');
      next.hidden = false;
      return;
    }
  }
};

const root = document.querySelector<HTMLElement>('[data-upload]');
if (root) {
  const tr = stringsOf(root);
  whenSignedIn(root, ({ profile }, fresh) => {
    if (fresh) announceProfile(profile);
    start(root, tr, profile.attributionName);
    showState(root, 'ready');
  });
}
