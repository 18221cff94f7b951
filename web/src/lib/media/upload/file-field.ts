/**
 * The file of the upload form: its type and size are checked here first (the API and the
 * processing check again), and the fields that depend on its kind are shown.
 */
import { ACCEPTED_TYPES, familyOfDeclaredType, maxBytesFor } from '../../../../../functions/media/allow-list.ts';
import { part } from '../../ui/dom.ts';
import { clearErrors, reportErrors } from '../../ui/form.ts';
import { formatBytes } from '../../ui/format.ts';
import type { Translate } from '../../ui/strings.ts';
import { FAMILY_TEXT } from '../describe.ts';
import type { MediaFamily } from '../types.ts';
import type { ChosenFile, UploadFields } from './context.ts';

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

const showFamilyFields = (root: HTMLElement, family: MediaFamily | undefined) => {
  for (const field of root.querySelectorAll<HTMLElement>('[data-family-field]')) {
    const families = (field.dataset.familyField ?? '').split(' ');
    field.hidden = family ? !families.includes(family) : !families.includes('audio');
  }
};

interface FileFieldParts {
  root: HTMLElement;
  tr: Translate;
  locale: 'fr' | 'en';
  form: HTMLFormElement;
  fields: UploadFields;
}

export const fileField = ({ root, tr, locale, form, fields }: FileFieldParts) => {
  const { file: input, fileError, title } = fields;
  const summary = part(root, '[data-file-summary]');
  let chosen: ChosenFile | undefined;

  const problem = (): string | undefined => {
    const file = input.files?.[0];
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

  input.addEventListener('change', () => {
    clearErrors(form);
    const file = input.files?.[0];
    const found = problem();
    const type = file && typeOf(file);
    chosen = file && type && !found ? { file, ...type } : undefined;
    summary.hidden = !file;
    summary.textContent = file
      ? tr('media.upload.file.chosen', {
          name: file.name,
          kind: type ? tr(FAMILY_TEXT[type.family]) : '?',
          size: formatBytes(locale, file.size),
        })
      : '';
    showFamilyFields(root, type?.family);
    // Fetched while the person fills the form, so sending starts at once.
    if (chosen) void import('../uploader.ts');
    if (found && file) {
      fileError.textContent = found;
      reportErrors([input]);
    }
    // The title starts as the file's name, for the person to improve.
    if (chosen && !title.value.trim()) title.value = chosen.file.name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ');
  });

  return { chosen: () => chosen, problem };
};
