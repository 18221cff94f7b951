import { renderMarkdown } from '../../markdown/render-markdown.ts';
import { requiredTrainingFor } from '../../training/public.ts';
import type { Category } from '../categories.ts';
import type { LendingPointRecord, ModelRecord, UnitRecord } from '../records.ts';
import { HOLD_HOURS } from '../waitlist/waiting-order.ts';
import type { CategoryView, ModelDetail, ModelSummary, UnitView } from './schema.ts';

/** The records as the API shows them. */

/** The module whose certification a category needs (id and title), or null. */
export const trainingRef = (category: string) => {
  const module = requiredTrainingFor(category);
  return module ? { moduleId: module.id, title: module.manifest.title } : null;
};

export const toCategoryView = (category: Category): CategoryView => ({
  id: category.id,
  name: category.name,
  limits: category.limits,
  requiredTraining: trainingRef(category.id),
});

export const toModelSummary = (model: ModelRecord): ModelSummary => ({
  id: model.id,
  category: model.category,
  name: model.name,
  photo: model.photo ?? null,
  pointIds: model.pointIds,
  maxLoanDays: model.maxLoanDays,
  leadDays: model.leadDays,
  requiredTraining: trainingRef(model.category),
});

export const toModelDetail = (
  model: ModelRecord,
  units: readonly UnitRecord[],
  points: readonly LendingPointRecord[],
  category: Category,
): ModelDetail => ({
  ...toModelSummary(model),
  description: model.description,
  descriptionHtml: { fr: renderMarkdown(model.description.fr), en: renderMarkdown(model.description.en) },
  manualUrl: model.manualUrl ?? null,
  parts: model.parts,
  scarce: model.scarce,
  rules: {
    maxLoanDays: model.maxLoanDays,
    leadDays: model.leadDays,
    categoryName: category.name,
    limits: category.limits,
    waitingList: { holdHours: HOLD_HOURS, firstTimeBorrowersFirst: model.scarce },
  },
  points: model.pointIds.map((pointId) => ({
    id: pointId,
    // A point removed since (the points helper refuses that while models name it) keeps its id as its name.
    name: points.find((point) => point.id === pointId)?.name ?? pointId,
    unitsInService: units.filter((unit) => unit.pointId === pointId && unit.status === 'in-service').length,
  })),
  updatedAt: model.updatedAt,
});

export const toUnitView = (unit: UnitRecord): UnitView => ({
  id: unit.id,
  modelId: unit.modelId,
  assetTag: unit.assetTag,
  serial: unit.serial ?? null,
  pointId: unit.pointId,
  status: unit.status,
  notes: unit.notes ?? null,
  maintenance: unit.maintenance ?? null,
  createdAt: unit.createdAt,
  updatedAt: unit.updatedAt,
});
