/**
 * Browser island of the equipment page (`views/lending-catalogue/Catalogue.astro`): reads the
 * categories and the models once, and lists the models by category, each with its photo, the
 * training it needs (a link to the module) and where it is held. Staff and admins also get a
 * link to the catalogue editor.
 */

import { element, part } from '../ui/dom.ts';
import { trainingModuleHref } from '../ui/links.ts';
import { currentViewer, maybeSignedIn } from '../ui/session.ts';
import { fillNodes, pageLocale, plural, stringsOf, type Translate } from '../ui/strings.ts';
import { readCategories, readModels } from './catalogue-calls.ts';
import type { Category, ModelSummary } from './catalogue-types.ts';
import { modelHref } from './links.ts';

const modelCard = (model: ModelSummary, points: Map<string, string>, s: Translate) => {
  const locale = pageLocale();
  const title = element('h3', undefined, element('a', { href: modelHref(locale, model.id) }, model.name));
  const photo = model.photo
    ? element('img', {
        class: 'lending-card__photo',
        src: model.photo.url,
        alt: model.photo.alt[locale],
        loading: 'lazy',
      })
    : undefined;
  const training = model.requiredTraining
    ? element(
        'p',
        'lending-card__training',
        ...fillNodes(s('lendingCatalogue.card.training'), {
          module: element(
            'a',
            { href: trainingModuleHref(locale, model.requiredTraining.moduleId) },
            model.requiredTraining.title[locale],
          ),
        }),
      )
    : element('p', 'lending-card__training', s('lendingCatalogue.card.noTraining'));
  const names = model.pointIds.map((id) => points.get(id) ?? id);
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  return element(
    'li',
    { class: 'card lending-card', 'data-model': model.id },
    ...(photo ? [photo] : []),
    title,
    training,
    element('p', undefined, s('lendingCatalogue.card.heldAt', { points: list })),
    element('p', undefined, plural(s, 'lendingCatalogue.card.maxDays', model.maxLoanDays)),
  );
};

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const locale = pageLocale();
  const status = part(root, '[data-catalogue-status]');
  const errorLine = part(root, '[data-catalogue-error]');
  const container = part(root, '[data-catalogue-categories]');

  const show = (categories: Category[], models: ModelSummary[], points: Map<string, string>) => {
    const sections = categories.flatMap((category) => {
      const inCategory = models.filter((model) => model.category === category.id);
      if (inCategory.length === 0) return [];
      const headingId = `category-${category.id}`;
      return [
        element(
          'section',
          { class: 'page-section', 'aria-labelledby': headingId },
          element('h2', { id: headingId }, category.name[locale]),
          element('ul', 'card-grid lending-cards', ...inCategory.map((model) => modelCard(model, points, s))),
        ),
      ];
    });
    container.replaceChildren(...sections);
    status.textContent = models.length === 0 ? s('lendingCatalogue.browse.empty') : '';
    status.hidden = models.length > 0;
    root.dataset.state = models.length === 0 ? 'empty' : 'ready';
  };

  const load = async () => {
    errorLine.hidden = true;
    status.hidden = false;
    status.textContent = s('lendingCatalogue.browse.loading');
    root.dataset.state = 'loading';
    try {
      const [categories, models] = await Promise.all([readCategories(), readModels()]);
      if (!categories.ok || !models.ok)
        throw new Error(`The catalogue answered ${categories.status}, ${models.status}`);
      const catalogue = await models.json();
      const points = new Map(catalogue.points.map((point) => [point.id, point.name]));
      show((await categories.json()).categories, catalogue.models, points);
    } catch (error) {
      console.warn('The catalogue could not be loaded:', error);
      status.textContent = s('lendingCatalogue.browse.error');
      errorLine.hidden = false;
      root.dataset.state = 'error';
    }
  };

  part(root, '[data-catalogue-retry]').addEventListener('click', () => void load());
  void load();
  // Staff and admins: the way to the editor (only asked when the person may be signed in).
  if (maybeSignedIn())
    void currentViewer().then((viewer) => {
      if (viewer.state === 'signed-in' && viewer.profile.roles.some((role) => role === 'staff' || role === 'admin'))
        part(root, '[data-manage-link]').hidden = false;
    });
};

const root = document.querySelector<HTMLElement>('[data-lending-catalogue]');
if (root) start(root);
