/** What the parts of the upload page share (`page.ts` builds it): the form, its controls and the chosen file. */

import { byId, part } from '../../ui/dom.ts';
import type { Translate } from '../../ui/strings.ts';
import type { MediaFamily } from '../types.ts';

export interface ChosenFile {
  file: File;
  contentType: string;
  family: MediaFamily;
}

/** The controls of the upload form, by what they ask. */
export const uploadFields = (root: HTMLElement) => ({
  file: byId<HTMLInputElement>('upload-file'),
  title: byId<HTMLInputElement>('upload-title'),
  description: byId<HTMLTextAreaElement>('upload-description'),
  language: byId<HTMLSelectElement>('upload-language'),
  transcript: byId<HTMLTextAreaElement>('upload-transcript'),
  alt: byId<HTMLTextAreaElement>('upload-alt'),
  thirdParty: byId<HTMLInputElement>('upload-authorship-third-party'),
  author: byId<HTMLInputElement>('upload-author'),
  source: byId<HTMLInputElement>('upload-source'),
  licences: byId<HTMLFieldSetElement>('upload-licence'),
  attribution: byId<HTMLInputElement>('upload-attribution-name'),
  people: byId<HTMLInputElement>('upload-people'),
  confirmed: byId<HTMLInputElement>('upload-consent-confirmed'),
  statement: byId<HTMLTextAreaElement>('upload-consent-statement'),
  lat: byId<HTMLInputElement>('upload-lat'),
  lng: byId<HTMLInputElement>('upload-lng'),
  /** One of the person's loans (current or recent) it was recorded with; empty for none. */
  recordedWith: byId<HTMLSelectElement>('upload-recorded-with'),
  /** Where the file's own message is written (its type, size…). */
  fileError: part(root, '#upload-file-error [data-error-text]'),
});

export type UploadFields = ReturnType<typeof uploadFields>;

export interface UploadContext {
  root: HTMLElement;
  tr: Translate;
  locale: 'fr' | 'en';
  form: HTMLFormElement;
  /** The form's status line (announced). */
  status: HTMLElement;
  fields: UploadFields;
  /** The file chosen, when it passed the checks made here. */
  chosen(): ChosenFile | undefined;
  /** What is wrong with the chosen file, if anything (also when none is chosen). */
  fileProblem(): string | undefined;
}
