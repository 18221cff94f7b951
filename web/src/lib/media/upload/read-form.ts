/** The upload form read as the API's request, or the controls to correct (in the order of the page). */

import { parseDecimal } from '../../ui/format.ts';
import { isLicenceId } from '../licences.ts';
import type { UploadRequest } from '../types.ts';
import type { UploadContext } from './context.ts';

export const readForm = ({ fields, chosen: chosenFile, fileProblem }: UploadContext) => {
  const { file, title, description, language, transcript, alt, author, source, licences } = fields;
  const { attribution, people, confirmed, statement, lat, lng, fileError } = fields;
  for (const field of [title, description, transcript, alt, author, source, attribution, statement, lat, lng]) {
    field.value = field.value.trim();
  }
  const chosen = chosenFile();
  const licence = licences.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
  const thirdParty = fields.thirdParty.checked;
  const place = { lat: parseDecimal(lat.value), lng: parseDecimal(lng.value) };
  const noPlace = !lat.value && !lng.value;
  const family = chosen?.family;
  const problem = fileProblem();
  if (problem) fileError.textContent = problem;
  const checks: [HTMLElement, boolean][] = [
    [file, !problem],
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
  const request: UploadRequest = {
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
    recordedWithLoan: fields.recordedWith.value || undefined,
  };
  return { invalid, request, chosen };
};
