/**
 * Browser island of the certifications on a contributor's page
 * (`views/training/HolderCertifications.astro`): the modules the person holds a valid
 * certification of, each linking to its module page, until when it is valid. The person named
 * on the page is the one they chose (the contributor page's attribution name); nothing else of
 * them is shown. A person who does not show their certifications has none listed: the section
 * stays hidden, as it does when the read fails (the rest of the page does not depend on it).
 */
import { element, idFromQuery, part, timeElement } from '../ui/dom.ts';
import { trainingModuleHref } from '../ui/links.ts';
import { fillNodes, pageLocale, stringsOf } from '../ui/strings.ts';
import { readHolderCertifications } from './calls.ts';

const start = async (root: HTMLElement) => {
  const s = stringsOf(root);
  const id = idFromQuery();
  if (!id) return;
  const response = await readHolderCertifications(id);
  if (!response.ok) return;
  const { certifications } = await response.json();
  if (certifications.length === 0) return;
  const locale = pageLocale();
  part(root, '[data-held-list]').replaceChildren(
    ...certifications.map((certification) =>
      element(
        'li',
        { 'data-held-module': certification.moduleId },
        element('a', { href: trainingModuleHref(locale, certification.moduleId) }, certification.title[locale]),
        ' — ',
        ...fillNodes(s('training.held.validUntil'), { date: timeElement(certification.validUntil) }),
      ),
    ),
  );
  root.hidden = false;
};

const root = document.querySelector<HTMLElement>('[data-holder-certifications]');
if (root)
  start(root).catch((error: unknown) => console.warn('The certifications of this person could not be read:', error));
